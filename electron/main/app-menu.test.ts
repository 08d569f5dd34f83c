import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MenuItemConstructorOptions } from 'electron';
import { appMenuTemplate, menuLanguage, type MenuActions, type MenuSetting } from './app-menu.ts';

function recorder() {
  const done: string[] = [];
  const actions: MenuActions = {
    openConfig: () => void done.push('openConfig'),
    createConfig: () => void done.push('createConfig'),
    showLogs: () => void done.push('showLogs'),
    show: (view) => void done.push(`show ${view}`),
    setLanguage: (language) => void done.push(`language ${language}`),
    showShortcuts: () => void done.push('showShortcuts'),
    showAbout: () => void done.push('showAbout'),
  };
  return { actions, done };
}

const setting = (overrides: Partial<MenuSetting> = {}): MenuSetting => ({
  platform: 'linux',
  packaged: true,
  appName: 'Dijkwacht',
  language: 'en',
  ...overrides,
});

/** Every item of the menu, submenus included. */
function items(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}
const roles = (template: MenuItemConstructorOptions[]) =>
  items(template).flatMap((item) => (item.role ? [item.role] : []));
const byLabel = (template: MenuItemConstructorOptions[], label: string) => {
  const found = items(template).find((item) => item.label === label);
  assert.ok(found, `no menu item "${label}"`);
  return found;
};
const click = (item: MenuItemConstructorOptions) => (item.click as (() => void) | undefined)?.();

const DEVELOPER_ROLES = ['reload', 'forceReload', 'toggleDevTools'];

describe('appMenuTemplate', () => {
  it('has no developer tools and no reload in a packaged app', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const template = appMenuTemplate(setting({ platform }), recorder().actions);
      assert.deepEqual(
        roles(template).filter((role) => DEVELOPER_ROLES.includes(role)),
        [],
        platform,
      );
    }
  });

  it('has them in development', () => {
    const template = appMenuTemplate(setting({ packaged: false }), recorder().actions);
    for (const role of DEVELOPER_ROLES) assert.ok(roles(template).includes(role as never), role);
  });

  it('File: open and create a configuration, show the logs, quit', () => {
    const { actions, done } = recorder();
    const template = appMenuTemplate(setting(), actions);
    const file = template[0];
    assert.equal(file?.label, 'File');
    const labels = (file?.submenu as MenuItemConstructorOptions[]).map(
      (i) => i.label ?? i.role ?? i.type,
    );
    assert.deepEqual(labels, [
      'Open configuration…',
      'Create configuration…',
      'separator',
      'Show logs',
      'separator',
      'Quit',
    ]);
    for (const label of ['Open configuration…', 'Create configuration…', 'Show logs'])
      click(byLabel(template, label));
    assert.deepEqual(done, ['openConfig', 'createConfig', 'showLogs']);
    assert.equal(byLabel(template, 'Open configuration…').accelerator, 'CmdOrCtrl+O');
  });

  it('View: the desk, the wall, the timeline and the language', () => {
    const { actions, done } = recorder();
    const template = appMenuTemplate(setting(), actions);
    for (const label of [
      "Coordinator's desk",
      'Wall display',
      'Timeline and export',
      'Nederlands',
      'English',
    ])
      click(byLabel(template, label));
    assert.deepEqual(done, [
      'show coordinator',
      'show wall',
      'show timeline',
      'language nl',
      'language en',
    ]);
  });

  it('Help: keyboard shortcuts and About', () => {
    const { actions, done } = recorder();
    const template = appMenuTemplate(setting(), actions);
    assert.equal(template.at(-1)?.label, 'Help');
    click(byLabel(template, 'Keyboard shortcuts'));
    click(byLabel(template, 'About Dijkwacht'));
    assert.deepEqual(done, ['showShortcuts', 'showAbout']);
  });

  it('macOS: the app menu first (About, Hide, Quit), a Window menu, and Quit only there', () => {
    const template = appMenuTemplate(setting({ platform: 'darwin' }), recorder().actions);
    assert.equal(template[0]?.label, 'Dijkwacht');
    const appItems = template[0]?.submenu as MenuItemConstructorOptions[];
    assert.equal(appItems[0]?.label, 'About Dijkwacht');
    assert.deepEqual(
      roles(template).filter((role) => role === 'quit'),
      ['quit'],
    );
    assert.ok(roles(template).includes('windowMenu'));
    assert.ok(roles(template).includes('hide'));
  });

  it('has an Edit menu everywhere (copy and paste in the fields on macOS need it)', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const)
      assert.ok(
        roles(appMenuTemplate(setting({ platform }), recorder().actions)).includes('editMenu'),
      );
  });

  it('speaks Dutch on a Dutch system', () => {
    const template = appMenuTemplate(setting({ language: 'nl' }), recorder().actions);
    assert.deepEqual(
      template.map((menu) => menu.label ?? menu.role),
      ['Bestand', 'editMenu', 'Beeld', 'Help'],
    );
    byLabel(template, 'Configuratie openen…');
    byLabel(template, 'Sneltoetsen');
  });
});

describe('menuLanguage', () => {
  it('is Dutch for nl, nl-NL and nl-BE, English otherwise', () => {
    assert.deepEqual(['nl', 'nl-NL', 'NL-be', 'en-US', 'de', 'fy-NL', ''].map(menuLanguage), [
      'nl',
      'nl',
      'nl',
      'en',
      'en',
      'en',
      'en',
    ]);
  });
});
