import type { BrowserWindow, Dialog, MessageBoxOptions, OpenDialogOptions } from 'electron';
import type { ConfigOpenResult } from '../../shared/ipc/contract.ts';
import type { RecoveryChoice } from './config-open.ts';
import type { DIALOG_TEXTS } from './dialog-texts.ts';
import type { StarterOutcome } from './starter-config.ts';

type Texts = (typeof DIALOG_TEXTS)[keyof typeof DIALOG_TEXTS];
type Dialogs = Pick<Dialog, 'showOpenDialog' | 'showMessageBox'>;

/** The open dialog for a config: YAML or JSON, starting in the folder of the current one. */
export async function chooseConfigDialog(
  dialog: Dialogs,
  window: BrowserWindow | null,
  defaultPath: string,
  texts: Texts,
): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: texts.openTitle,
    defaultPath,
    properties: ['openFile'],
    filters: [{ name: texts.configFiles, extensions: ['yaml', 'yml', 'json'] }],
  };
  const result = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** A chosen config that cannot be used: what is wrong in it, and that nothing changed. */
export async function showInvalidConfig(
  dialog: Dialogs,
  result: Extract<ConfigOpenResult, { status: 'invalid' }>,
  texts: Texts,
): Promise<void> {
  await dialog.showMessageBox({
    type: 'error',
    message: texts.invalid(result.file),
    detail: `${result.message}\n\n${texts.keptRunning}`,
    buttons: [texts.ok],
  });
}

/** The config a launcher found cannot be used: open another, start the demo, or quit. */
export async function askRecovery(
  dialog: Dialogs,
  problem: string,
  texts: Texts,
): Promise<RecoveryChoice> {
  const choices: readonly RecoveryChoice[] = ['open', 'demo', 'quit'];
  const options: MessageBoxOptions = {
    type: 'error',
    title: texts.cannotStart,
    message: texts.unusable,
    detail: problem,
    buttons: [texts.openOther, texts.startDemo, texts.quit],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  };
  const { response } = await dialog.showMessageBox(options);
  return choices[response] ?? 'quit';
}

/** Says where the starter config is (or that one was there already); its folder opens beside. */
export async function announceStarter(
  dialog: Dialogs,
  outcome: StarterOutcome,
  texts: Texts,
): Promise<void> {
  const created = outcome.status === 'created';
  await dialog.showMessageBox({
    type: 'info',
    message: created ? texts.created(outcome.file) : texts.exists(outcome.file),
    detail: created ? texts.createdDetail : texts.existsDetail,
    buttons: [texts.ok],
  });
}
