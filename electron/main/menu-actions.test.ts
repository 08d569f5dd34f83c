import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PushEvent, PushPayload } from '../../shared/ipc/contract.ts';
import type { ViewName } from '../../shared/ipc/views.ts';
import { menuActions, type MenuWindows } from './menu-actions.ts';

/** The windows: which are open, which has the focus; what was opened and pushed. */
function fakeWindows(open: ViewName[], focused: ViewName | null) {
  const opened: ViewName[] = [];
  const pushed: { view: ViewName; event: string; payload: unknown }[] = [];
  const windows: MenuWindows = {
    open: async (view) => void opened.push(view),
    get: (view) => (open.includes(view) ? { isFocused: () => view === focused } : null),
    push: <E extends PushEvent>(view: ViewName, event: E, payload: PushPayload<E>) => {
      if (open.includes(view)) pushed.push({ view, event, payload });
    },
  };
  return { windows, opened, pushed };
}

function setUp(open: ViewName[], focused: ViewName | null, logFolderProblem = '') {
  const fake = fakeWindows(open, focused);
  const logs: string[] = [];
  const done: string[] = [];
  const actions = menuActions({
    windows: fake.windows,
    configs: {
      openFromMenu: async () => void done.push('open'),
      create: async () => {
        throw new Error('EACCES');
      },
    },
    openLogFolder: async () => logFolderProblem,
    showAbout: () => void done.push('about'),
    log: (line) => void logs.push(line),
  });
  return { ...fake, actions, logs, done };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('menuActions', () => {
  it('switches the language of every open window', () => {
    const { actions, pushed } = setUp(['coordinator', 'wall'], 'coordinator');
    actions.setLanguage('en');
    assert.deepEqual(pushed, [
      { view: 'wall', event: 'menu:command', payload: { command: 'language-en' } },
      { view: 'coordinator', event: 'menu:command', payload: { command: 'language-en' } },
    ]);
  });

  it('shows the shortcuts in the window that has the focus', async () => {
    const { actions, pushed, opened } = setUp(['coordinator', 'timeline'], 'timeline');
    actions.showShortcuts();
    await settle();
    assert.deepEqual(opened, ['timeline']);
    assert.deepEqual(pushed, [
      { view: 'timeline', event: 'menu:command', payload: { command: 'show-shortcuts' } },
    ]);
  });

  it('shows them on the desk when no window of the app has the focus', async () => {
    const { actions, opened } = setUp(['coordinator'], null);
    actions.showShortcuts();
    await settle();
    assert.deepEqual(opened, ['coordinator']);
  });

  it('logs what fails instead of throwing into the menu', async () => {
    const { actions, logs } = setUp([], null, 'No application is registered');
    actions.createConfig();
    actions.showLogs();
    await settle();
    assert.match(logs.join('\n'), /cannot create the configuration: Error: EACCES/);
    assert.match(logs.join('\n'), /cannot open the log folder: No application is registered/);
  });

  it('opens views, the configuration dialog and About', async () => {
    const { actions, opened, done } = setUp([], null);
    actions.show('wall');
    actions.openConfig();
    actions.showAbout();
    await settle();
    assert.deepEqual(opened, ['wall']);
    assert.deepEqual(done, ['open', 'about']);
  });
});
