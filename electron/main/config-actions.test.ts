import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { MessageBoxOptions, OpenDialogOptions } from 'electron';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import { loadConfigFile } from '../config/load-config.ts';
import { configActions } from './config-actions.ts';
import type { RestartTarget } from './config-location.ts';
import { DIALOG_TEXTS } from './dialog-texts.ts';
import { STARTER_CONFIG } from './starter-config.ts';

let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'dijkwacht-config-actions-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

/** Electron's dialog and shell as the actions use them, answering what the test chose. */
function fakes(chosen: string | null) {
  const seen = {
    openDialogs: [] as OpenDialogOptions[],
    messages: [] as MessageBoxOptions[],
    shown: [] as string[],
    restarts: [] as RestartTarget[],
    remembered: [] as string[],
  };
  const dialog = {
    showOpenDialog: async (...args: unknown[]) => {
      seen.openDialogs.push(args.at(-1) as OpenDialogOptions);
      return { canceled: chosen === null, filePaths: chosen ? [chosen] : [] };
    },
    showMessageBox: async (...args: unknown[]) => {
      seen.messages.push(args.at(-1) as MessageBoxOptions);
      return { response: 0, checkboxChecked: false };
    },
  };
  const actions = configActions({
    dialog: dialog as never,
    shell: { showItemInFolder: (file) => void seen.shown.push(file) },
    texts: DIALOG_TEXTS.en,
    dataDir: folder,
    currentFile: null,
    focusedWindow: () => null,
    // The real loader, with no secrets in the environment.
    validate: async (file) => void (await loadConfigFile(file, defaultPlaybook, {})),
    remember: async (file) => void seen.remembered.push(file),
    restart: (target) => void seen.restarts.push(target),
    log: () => {},
  });
  return { actions, seen };
}

describe('configActions', () => {
  it('Create configuration… writes the starter, shows its folder and says where it is', async () => {
    const { actions, seen } = fakes(null);
    await actions.create();
    const file = path.join(folder, 'dijkwacht.yaml');
    assert.equal(await readFile(file, 'utf8'), STARTER_CONFIG);
    assert.deepEqual(seen.shown, [file]);
    assert.equal(seen.messages[0]?.message, `A starter configuration is now in ${file}`);
  });

  it('Create configuration… leaves an existing config alone and says so', async () => {
    const file = path.join(folder, 'dijkwacht.yaml');
    await writeFile(file, 'title: mine\n');
    const { actions, seen } = fakes(null);
    await actions.create();
    assert.equal(await readFile(file, 'utf8'), 'title: mine\n');
    assert.equal(seen.messages[0]?.message, `There is a configuration in ${file} already`);
  });

  it('Open configuration… shows a broken file in a dialog, naming the file and the path in it', async () => {
    const broken = path.join(folder, 'broken.yaml');
    await writeFile(
      broken,
      'title: x\ntimezone: Europe/Amsterdam\nsources:\n  - id: a\n    kind: nope\n',
    );
    const { actions, seen } = fakes(broken);
    await actions.openFromMenu();
    assert.deepEqual(seen.restarts, []);
    assert.deepEqual(seen.remembered, []);
    const shown = seen.messages[0];
    assert.equal(shown?.message, `The configuration ${broken} cannot be used`);
    assert.match(String(shown?.detail), new RegExp(`${broken}:\\d+:\\d+: sources\\[0\\]`));
    assert.match(String(shown?.detail), /keeps running on the configuration it had/);
  });

  it('the open dialog offers YAML and JSON and starts in the data folder on the demo', async () => {
    const { actions, seen } = fakes(null);
    assert.deepEqual(await actions.open(), { status: 'cancelled' });
    assert.equal(seen.openDialogs[0]?.defaultPath, folder);
    assert.deepEqual(seen.openDialogs[0]?.filters?.[0]?.extensions, ['yaml', 'yml', 'json']);
  });

  it('Open configuration… on a usable file remembers it and restarts on its full path', async () => {
    const good = path.join(folder, 'good.yaml');
    await writeFile(
      good,
      'title: x\ntimezone: Europe/Amsterdam\nsources:\n  - { id: am, kind: alertmanager, url: "http://127.0.0.1:9093" }\n',
    );
    const { actions, seen } = fakes(good);
    assert.deepEqual(await actions.open(), { status: 'opened', file: good });
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.deepEqual(seen.remembered, [good]);
    assert.deepEqual(seen.restarts, [{ configFile: good }]);
    assert.deepEqual(seen.messages, []);
  });
});
