import type { DomainId } from '../../shared/playbook/domains.ts';

/**
 * One desktop notification, in the war room's language (Dutch), decided by electron/alerts;
 * the main process shows it with Electron's Notification and opens `domain` when clicked.
 */
export interface DesktopAlert {
  readonly title: string;
  readonly body: string;
  /** The domain whose detail page a click opens. */
  readonly domain: DomainId;
  /** Play one short sound with it (the config's `alerts.sound`). */
  readonly sound: boolean;
}
