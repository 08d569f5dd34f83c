import type { BrowserWindow, WebContents } from 'electron';
import type { PushEvent, PushPayload } from '../../shared/ipc/contract.ts';
import type { ViewName } from '../../shared/ipc/views.ts';
import type { DomainId } from '../../shared/playbook/domains.ts';
import type { AppFeeds } from '../app/app-services.ts';
import { push } from './ipc.ts';

/** The part of a BrowserWindow the manager uses. */
export type ManagedWindow = Pick<
  BrowserWindow,
  'isDestroyed' | 'isMinimized' | 'restore' | 'show' | 'focus' | 'once'
> & { readonly webContents: Pick<WebContents, 'isDestroyed' | 'send'> };

/** What a window is subscribed to: the services' feeds, each pushed as its contract event. */
export type PushFeeds = Pick<AppFeeds, 'collector' | 'keeper' | 'warRoom' | 'onExportProgress'>;

/** Subscribes one window's page to every feed; returns the function that unsubscribes it all. */
export function subscribePushes(
  feeds: PushFeeds,
  contents: Pick<WebContents, 'isDestroyed' | 'send'>,
): () => void {
  const unsubscribers = [
    feeds.collector.subscribe((snapshot) => push(contents, 'status:changed', snapshot)),
    feeds.keeper.subscribe((events, lastSeq) =>
      push(contents, 'timeline:appended', { lastSeq, events: [...events].slice(-50) }),
    ),
    feeds.onExportProgress((done, total) => push(contents, 'export:progress', { done, total })),
    feeds.warRoom.subscribe((state) => push(contents, 'warroom:changed', state)),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}

export interface WindowManagerOptions<W extends ManagedWindow> {
  /** Creates the window for a view: index.ts builds it from windowOptions, nowhere else. */
  readonly create: (view: ViewName) => W;
  /**
   * Loads the view's page and shows the window once it painted (window.ts `openWindow`);
   * with a domain, the page opens on it.
   */
  readonly load: (window: W, view: ViewName, domain?: DomainId) => Promise<void>;
  readonly feeds: PushFeeds;
}

/**
 * One window per view: `open` creates it, or brings back the one that is open. Each window's
 * page is subscribed to the pushes while it is open and unsubscribed when it closes.
 */
export class WindowManager<W extends ManagedWindow> {
  readonly #options: WindowManagerOptions<W>;
  /** `loaded` never rejects: a second open waits for the first load, not for its error. */
  readonly #open = new Map<ViewName, { window: W; loaded: Promise<void> }>();

  constructor(options: WindowManagerOptions<W>) {
    this.#options = options;
  }

  /** Opens the view's window or focuses it; resolves when its page has loaded. */
  async open(view: ViewName, domain?: DomainId): Promise<W> {
    const existing = this.#open.get(view);
    if (existing && !existing.window.isDestroyed()) {
      const { window } = existing;
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
      await existing.loaded;
      return window;
    }
    const window = this.#options.create(view);
    const unsubscribe = subscribePushes(this.#options.feeds, window.webContents);
    const loaded = domain
      ? this.#options.load(window, view, domain)
      : this.#options.load(window, view);
    const entry = { window, loaded: loaded.catch(() => {}) };
    this.#open.set(view, entry);
    window.once('closed', () => {
      unsubscribe();
      if (this.#open.get(view) === entry) this.#open.delete(view);
    });
    await loaded;
    return window;
  }

  /** The view's window while it is open. */
  get(view: ViewName): W | null {
    const entry = this.#open.get(view);
    return entry && !entry.window.isDestroyed() ? entry.window : null;
  }

  /**
   * A desktop alert was clicked: the coordinator's desk, opened or brought back, shows the
   * domain. An open desk is told by a push; a closed one opens with the domain in its URL,
   * since a push right after loading could arrive before the page listens.
   */
  async showDomain(domain: DomainId): Promise<void> {
    if (!this.get('coordinator')) {
      await this.open('coordinator', domain);
      return;
    }
    await this.open('coordinator');
    this.push('coordinator', 'domain:show', { domain });
  }

  /** Sends a push event to one view's window, if it is open. */
  push<E extends PushEvent>(view: ViewName, event: E, payload: PushPayload<E>): void {
    const window = this.get(view);
    if (window) push(window.webContents, event, payload);
  }
}
