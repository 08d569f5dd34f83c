import type { Menu, MenuItemConstructorOptions, NativeImage, Tray } from 'electron';
import type { DomainStatus, Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import { repeatEvery } from '../collector/repeat-every.ts';
import { wallDate, type Clock } from '../time/clock.ts';
import { circleBitmap, ICON_SCALE, ICON_SIZE, STATUS_COLOURS } from './status-icon.ts';
import { sameTrayStatus, trayStatus, trayTooltip, type TrayStatus } from './tray-status.ts';

/** Electron's tray, image and menu makers; index.ts passes the real ones. */
export interface TrayParts {
  readonly createTray: (
    image: NativeImage,
  ) => Pick<Tray, 'setImage' | 'setToolTip' | 'setContextMenu' | 'destroy'>;
  readonly createImage: (
    bitmap: Buffer,
    options: { width: number; height: number; scaleFactor: number },
  ) => NativeImage;
  readonly buildMenu: (template: MenuItemConstructorOptions[]) => Menu;
}

export interface TrayActions {
  openCoordinator(): void;
  openWall(): void;
  quit(): void;
}

/** The tray's menu, in the war room's language. */
export function trayMenu(actions: TrayActions): MenuItemConstructorOptions[] {
  return [
    { label: 'Open coördinator', click: () => actions.openCoordinator() },
    { label: 'Open wandscherm', click: () => actions.openWall() },
    { type: 'separator' },
    { label: 'Afsluiten', click: () => actions.quit() },
  ];
}

/**
 * A dot in the tray in the colour of the worst status, with the critical marks counted in its
 * tooltip. The icon and tooltip change only when the status, the count or the data's age does.
 */
export class StatusTray {
  readonly #parts: TrayParts;
  readonly #tray: ReturnType<TrayParts['createTray']>;
  readonly #images = new Map<DomainStatus, NativeImage>();
  #snapshot: Snapshot | null = null;
  #shown: TrayStatus | null = null;
  /** The tray starts grey: nothing is known before the first snapshot. */
  #imageOf: DomainStatus = 'unknown';

  constructor(parts: TrayParts, actions: TrayActions) {
    this.#parts = parts;
    this.#tray = parts.createTray(this.#image(this.#imageOf));
    // Linux status areas (StatusNotifierItem) show only a menu set with setContextMenu.
    this.#tray.setContextMenu(parts.buildMenu(trayMenu(actions)));
  }

  /** Shows every snapshot the collector publishes, and checks its age every `everyMs`. */
  follow(
    collector: { subscribe(listener: (snapshot: Snapshot) => void): () => void },
    clock: Clock,
    everyMs: number,
  ): () => void {
    this.refresh(wallDate(clock));
    const unsubscribe = collector.subscribe((snapshot) => this.show(snapshot, wallDate(clock)));
    const stopChecking = repeatEvery(clock, everyMs, () => this.refresh(wallDate(clock)));
    return () => {
      unsubscribe();
      stopChecking();
    };
  }

  show(snapshot: Snapshot, now: Date): void {
    this.#snapshot = snapshot;
    this.refresh(now);
  }

  /** Re-reads the last snapshot at `now`: one that stopped coming turns stale. */
  refresh(now: Date): void {
    const status = trayStatus(this.#snapshot, now);
    if (sameTrayStatus(this.#shown, status)) return;
    if (this.#imageOf !== status.status) {
      this.#tray.setImage(this.#image(status.status));
      this.#imageOf = status.status;
    }
    this.#tray.setToolTip(trayTooltip(status));
    this.#shown = status;
  }

  destroy(): void {
    this.#tray.destroy();
  }

  #image(status: DomainStatus): NativeImage {
    let image = this.#images.get(status);
    if (!image) {
      const size = { width: ICON_SIZE, height: ICON_SIZE, scaleFactor: ICON_SCALE };
      image = this.#parts.createImage(circleBitmap(STATUS_COLOURS[status]), size);
      this.#images.set(status, image);
    }
    return image;
  }
}
