import type { BrowserWindow, Dialog, Shell } from 'electron';
import path from 'node:path';
import type { ConfigOpenResult } from '../../shared/ipc/contract.ts';
import { announceStarter, chooseConfigDialog, showInvalidConfig } from './config-dialogs.ts';
import type { RestartTarget } from './config-location.ts';
import { openConfig } from './config-open.ts';
import type { DIALOG_TEXTS } from './dialog-texts.ts';
import { createStarterConfig } from './starter-config.ts';

export interface ConfigActionsOptions {
  readonly dialog: Pick<Dialog, 'showOpenDialog' | 'showMessageBox'>;
  readonly shell: Pick<Shell, 'showItemInFolder'>;
  readonly texts: (typeof DIALOG_TEXTS)[keyof typeof DIALOG_TEXTS];
  /** The app's data folder: the starter config goes there. */
  readonly dataDir: string;
  /** The config running now (null: the demo); the open dialog starts in its folder. */
  readonly currentFile: string | null;
  readonly focusedWindow: () => BrowserWindow | null;
  /** Loads the file as a start would (electron/config/load-config.ts); throws ConfigError. */
  readonly validate: (file: string) => Promise<void>;
  readonly remember: (file: string) => Promise<void>;
  readonly restart: (target: RestartTarget) => void;
  readonly log: (line: string) => void;
}

/** File > Open configuration… and Create configuration…, and `config:open` for the page. */
export function configActions(options: ConfigActionsOptions) {
  const open = (): Promise<ConfigOpenResult> =>
    openConfig({
      choose: () =>
        chooseConfigDialog(
          options.dialog,
          options.focusedWindow(),
          options.currentFile ? path.dirname(options.currentFile) : options.dataDir,
          options.texts,
        ),
      validate: options.validate,
      remember: options.remember,
      restart: (file) => options.restart({ configFile: path.resolve(file) }),
      log: options.log,
    });
  return {
    /** For the page (`config:open`): the page shows the outcome itself. */
    open,
    /** For the menu: a file that cannot be used is shown in a dialog. */
    openFromMenu: async (): Promise<void> => {
      const result = await open();
      if (result.status === 'invalid')
        await showInvalidConfig(options.dialog, result, options.texts);
    },
    /** Writes the starter config (never over an existing one), shows its folder and says so. */
    create: async (): Promise<void> => {
      const outcome = await createStarterConfig(options.dataDir);
      options.log(`Dijkwacht: starter configuration ${outcome.status}: ${outcome.file}`);
      options.shell.showItemInFolder(outcome.file);
      await announceStarter(options.dialog, outcome, options.texts);
    },
  };
}
