import type { Notification, NotificationConstructorOptions } from 'electron';
import type { DomainId } from '../../shared/playbook/domains.ts';
import type { DesktopAlert } from '../alerts/desktop-alert.ts';

type ShownNotification = Pick<Notification, 'on' | 'show'>;

/** Electron's Notification class, as far as the notifier uses it; index.ts passes the real one. */
export interface NotificationClass {
  new (options: NotificationConstructorOptions): ShownNotification;
  isSupported(): boolean;
}

export interface DesktopNotifierOptions {
  readonly Notification: NotificationClass;
  /** Opens or focuses the coordinator's window and shows the domain there. */
  readonly showDomain: (domain: DomainId) => void;
  /** One line on stderr. */
  readonly log: (line: string) => void;
}

/**
 * Electron keeps only a weak reference to a main-process Notification: one nobody holds is
 * collected and its click is lost (electron/electron#16922). Held until clicked or closed; the
 * oldest let go past this many, since 'close' is not emitted on every platform.
 */
export const MAX_HELD_NOTIFICATIONS = 50;

/**
 * Shows a DesktopAlert as an OS notification: silent unless the alert asks for sound, and a
 * click opens the coordinator on the alert's domain. Where the OS has no notifications it says
 * so once on stderr; the alerts still reach the wall and the desk.
 */
export class DesktopNotifier {
  readonly #options: DesktopNotifierOptions;
  readonly #held = new Set<ShownNotification>();
  #warned = false;

  constructor(options: DesktopNotifierOptions) {
    this.#options = options;
  }

  /** How many shown notifications are held for their click. */
  get holding(): number {
    return this.#held.size;
  }

  /** startServices' `notify`. */
  notify = (alert: DesktopAlert): void => {
    const { Notification, showDomain, log } = this.#options;
    if (!Notification.isSupported()) {
      if (!this.#warned)
        log('Dijkwacht: this desktop shows no notifications; alerts appear only in the app');
      this.#warned = true;
      return;
    }
    const notification = new Notification({
      title: alert.title,
      body: alert.body,
      silent: !alert.sound,
    });
    const release = () => this.#held.delete(notification);
    notification.on('click', () => {
      release();
      showDomain(alert.domain);
    });
    notification.on('close', release);
    this.#held.add(notification);
    if (this.#held.size > MAX_HELD_NOTIFICATIONS)
      this.#held.delete(this.#held.values().next().value!);
    notification.show();
  };
}
