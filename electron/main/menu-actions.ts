import type { PushEvent, PushPayload } from '../../shared/ipc/contract.ts';
import { DEFAULT_VIEW, viewNames, type ViewName } from '../../shared/ipc/views.ts';
import type { MenuActions } from './app-menu.ts';

/** The windows as the menu reaches them (WindowManager). */
export interface MenuWindows {
  open(view: ViewName): Promise<unknown>;
  get(view: ViewName): { isFocused(): boolean } | null;
  push<E extends PushEvent>(view: ViewName, event: E, payload: PushPayload<E>): void;
}

export interface MenuActionOptions {
  readonly windows: MenuWindows;
  readonly configs: { openFromMenu(): Promise<void>; create(): Promise<void> };
  /** Opens the OS's log folder; resolves to an error text, or '' (shell.openPath). */
  readonly openLogFolder: () => Promise<string>;
  readonly showAbout: () => void;
  readonly log: (line: string) => void;
}

/**
 * What each menu item does. Whatever fails is logged, never thrown into Electron's menu code.
 * The page-side items (language, shortcuts) are `menu:command` pushes the page acts on.
 */
export function menuActions(options: MenuActionOptions): MenuActions {
  const { windows, log } = options;
  const failed = (doing: string) => (error: unknown) =>
    log(`Dijkwacht: cannot ${doing}: ${String(error)}`);
  const show = (view: ViewName) => void windows.open(view).catch(failed(`open the ${view}`));
  const focusedView = () =>
    viewNames.find((view) => windows.get(view)?.isFocused() ?? false) ?? DEFAULT_VIEW;
  return {
    openConfig: () => void options.configs.openFromMenu().catch(failed('open the configuration')),
    createConfig: () => void options.configs.create().catch(failed('create the configuration')),
    showLogs: () =>
      void options
        .openLogFolder()
        .then((problem) => problem && log(`Dijkwacht: cannot open the log folder: ${problem}`)),
    show,
    // Every open window follows, so the desk and the wall never speak two languages.
    setLanguage: (language) => {
      for (const view of viewNames)
        windows.push(view, 'menu:command', { command: `language-${language}` });
    },
    showShortcuts: () => {
      const view = focusedView();
      void windows
        .open(view)
        .then(() => windows.push(view, 'menu:command', { command: 'show-shortcuts' }))
        .catch(failed('show the shortcuts'));
    },
    showAbout: options.showAbout,
  };
}
