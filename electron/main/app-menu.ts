import type { MenuItemConstructorOptions } from 'electron';
import type { ViewName } from '../../shared/ipc/views.ts';

export type MenuLanguage = 'nl' | 'en';

/** What the menu's items do; index.ts wires each to Electron and the windows. */
export interface MenuActions {
  openConfig(): void;
  createConfig(): void;
  showLogs(): void;
  show(view: ViewName): void;
  setLanguage(language: MenuLanguage): void;
  showShortcuts(): void;
  showAbout(): void;
}

export interface MenuSetting {
  readonly platform: NodeJS.Platform;
  /** `app.isPackaged`: a packaged app has no developer tools and no reload in its menu. */
  readonly packaged: boolean;
  readonly appName: string;
  /** The menu's own language: the OS's (Dutch on a Dutch system, else English). */
  readonly language: MenuLanguage;
}

const LABELS = {
  nl: {
    file: 'Bestand',
    openConfig: 'Configuratie openen…',
    createConfig: 'Configuratie aanmaken…',
    showLogs: 'Logbestanden tonen',
    quit: 'Stoppen',
    view: 'Beeld',
    desk: 'Coördinatorbureau',
    wall: 'Wandscherm',
    timeline: 'Tijdlijn en export',
    language: 'Taal',
    development: 'Ontwikkeling',
    help: 'Help',
    shortcuts: 'Sneltoetsen',
    about: 'Over Dijkwacht',
  },
  en: {
    file: 'File',
    openConfig: 'Open configuration…',
    createConfig: 'Create configuration…',
    showLogs: 'Show logs',
    quit: 'Quit',
    view: 'View',
    desk: "Coordinator's desk",
    wall: 'Wall display',
    timeline: 'Timeline and export',
    language: 'Language',
    development: 'Development',
    help: 'Help',
    shortcuts: 'Keyboard shortcuts',
    about: 'About Dijkwacht',
  },
} as const satisfies Record<MenuLanguage, Record<string, string>>;

/** The OS's language as the menu speaks it: `nl`, `nl-NL`, `nl-BE` → Dutch; else English. */
export function menuLanguage(locale: string): MenuLanguage {
  return /^nl\b/i.test(locale) ? 'nl' : 'en';
}

/**
 * The application menu (docs/desktop.md, "The menu"). macOS gets its app menu (About, Services,
 * Hide, Quit) and Window menu; the others have Quit under File and About under Help. Developer
 * tools and reload only where the app is not packaged. Every platform gets the Edit menu, without
 * which macOS has no copy and paste in the page's fields.
 */
export function appMenuTemplate(
  setting: MenuSetting,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const text = LABELS[setting.language];
  const mac = setting.platform === 'darwin';
  const appMenu: MenuItemConstructorOptions = {
    label: setting.appName,
    submenu: [
      { label: text.about, click: actions.showAbout },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit', label: text.quit },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: text.file,
    submenu: [
      { label: text.openConfig, accelerator: 'CmdOrCtrl+O', click: actions.openConfig },
      { label: text.createConfig, click: actions.createConfig },
      { type: 'separator' },
      { label: text.showLogs, click: actions.showLogs },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: text.quit } as const]),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: text.help,
    role: 'help',
    submenu: [
      { label: text.shortcuts, click: actions.showShortcuts },
      ...(mac
        ? []
        : [{ type: 'separator' } as const, { label: text.about, click: actions.showAbout }]),
    ],
  };
  return [
    ...(mac ? [appMenu] : []),
    file,
    { role: 'editMenu' },
    viewMenu(setting, actions),
    ...(mac ? [{ role: 'windowMenu' } as const] : []),
    help,
  ];
}

function viewMenu(setting: MenuSetting, actions: MenuActions): MenuItemConstructorOptions {
  const text = LABELS[setting.language];
  const development: MenuItemConstructorOptions[] = setting.packaged
    ? []
    : [
        { type: 'separator' },
        {
          label: text.development,
          submenu: [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }],
        },
      ];
  return {
    label: text.view,
    submenu: [
      { label: text.desk, click: () => actions.show('coordinator') },
      { label: text.wall, click: () => actions.show('wall') },
      { label: text.timeline, click: () => actions.show('timeline') },
      { type: 'separator' },
      {
        label: text.language,
        submenu: [
          { label: 'Nederlands', click: () => actions.setLanguage('nl') },
          { label: 'English', click: () => actions.setLanguage('en') },
        ],
      },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...development,
    ],
  };
}
