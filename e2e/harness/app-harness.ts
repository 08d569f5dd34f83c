import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  startSeat,
  startServices,
  type RunningServices,
} from '../../electron/app/start-services.ts';
import type { AppFeeds, AppServices } from '../../electron/app/app-services.ts';
import type { SeatServices } from '../../electron/app/seat-services.ts';
import { createInvokeDispatcher, IpcRejection } from '../../shared/ipc/dispatch.ts';
import { pushContract, type PushEvent, type PushPayload } from '../../shared/ipc/contract.ts';
import type { ViewName } from '../../shared/ipc/views.ts';
import { testSeat } from '../../electron/app/testing/test-seat.ts';
import type { Keychain } from '../../electron/secrets/keychain.ts';
import { fakeKeychain } from '../../electron/secrets/testing/fake-keychain.ts';
import { bridgeInitScript } from './bridge-script.ts';
import { serveRenderer } from './static-server.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RENDERER_ROOT = path.join(ROOT, 'out/renderer');
/** Main's heartbeat in the tests: short, so freshness is exercised, not waited for. */
const HEARTBEAT_MS = 1_000;

export interface OpenAppOptions {
  /** A config file; omitted, the app runs its built-in demo as `npm start` does. */
  readonly configFile?: string;
  readonly view?: ViewName;
  readonly language?: 'nl' | 'en';
  readonly heartbeat?: boolean;
  /** Demo speed factor when no config is given (scenario minutes per real minute). */
  readonly demoSpeed?: number;
  /** Console errors the test provokes on purpose; every other one is printed. */
  readonly expectedConsoleErrors?: readonly RegExp[];
  /** Who is at this desk already (else the coordinator's views ask first). */
  readonly operator?: string;
  /** A seat (data folder, timeline, export folder) to reuse, e.g. to reopen after a restart. */
  readonly seat?: Awaited<ReturnType<typeof testSeat>>;
  /** The contacts file "Importeren" picks (the dialog in the app); null cancels. */
  readonly chooseImportFile?: () => Promise<string | null>;
  /** Receives what "copy number" puts on the clipboard. */
  readonly writeClipboard?: (text: string) => void;
  /** The OS keychain the settings page stores secrets in; default a fake one, null for none. */
  readonly keychain?: Keychain | null;
}

export interface RunningApp {
  readonly services: AppServices;
  readonly simulator: RunningServices['simulator'];
  readonly origin: string;
  /** Its data folder, timeline and export folder. */
  readonly seat: Awaited<ReturnType<typeof testSeat>>;
  /** The links main's allow-list let through to "the OS" (shell.openExternal in the app). */
  readonly openedLinks: readonly string[];
  /** Opens another window on the same services (a second screen: the wall beside the desk). */
  attach(
    page: Page,
    options?: Pick<OpenAppOptions, 'view' | 'language' | 'expectedConsoleErrors'>,
  ): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens the built renderer in `page`, wired to the real main-process services running in
 * this test process: the same startServices as Electron's main, the same dispatcher with
 * contract validation, and a sender check on the calling frame.
 */
export async function openApp(page: Page, options: OpenAppOptions = {}): Promise<RunningApp> {
  const seat = options.seat ?? (await testSeat());
  if (options.operator)
    await writeFile(
      path.join(seat.dataDir, 'operator.json'),
      JSON.stringify({ name: options.operator }),
    );
  const openedLinks: string[] = [];
  const running = await startServices({
    openExternal: async (href) => void openedLinks.push(href),
    configFile: options.configFile ?? null,
    version: 'test',
    ...seat,
    heartbeatMs: HEARTBEAT_MS,
    ...(options.demoSpeed ? { demoSpeed: options.demoSpeed } : {}),
    ...(options.chooseImportFile ? { chooseImportFile: options.chooseImportFile } : {}),
    ...(options.writeClipboard ? { writeClipboard: options.writeClipboard } : {}),
    keychain: options.keychain === undefined ? fakeKeychain() : options.keychain,
  });
  const services = running.services;
  const stopHeartbeat =
    options.heartbeat === false ? () => {} : services.startHeartbeat(HEARTBEAT_MS);
  const windows = [await attachPage(services, page, options)];
  return {
    services,
    simulator: running.simulator,
    seat,
    openedLinks,
    origin: windows[0]!.origin,
    attach: async (another, attachOptions = {}) => {
      windows.push(await attachPage(services, another, attachOptions));
    },
    close: async () => {
      stopHeartbeat();
      for (const window of windows) await window.detach();
      await running.stop();
    },
  };
}

export interface OpenSeatOptions extends Pick<
  OpenAppOptions,
  'view' | 'language' | 'expectedConsoleErrors' | 'operator'
> {
  /** The shared war room: postgres://user@host:port/db, without the password. */
  readonly join: string;
  /** The server's password (the app reads PGPASSWORD or ~/.pgpass; a test hands it in). */
  readonly password: string;
  /** The first wait before the seat tries the server again (default 250 ms here). */
  readonly retryMs?: number;
}

export interface RunningSeatApp {
  readonly services: SeatServices;
  readonly seat: Awaited<ReturnType<typeof testSeat>>;
  close(): Promise<void>;
}

/**
 * Opens a seat of the shared war room in `page` (docs/war-room.md): the same startSeat as
 * Electron's main with `--join`, polling nothing, wired to the page as openApp wires the app.
 */
export async function openSeat(page: Page, options: OpenSeatOptions): Promise<RunningSeatApp> {
  const seat = await testSeat();
  if (options.operator)
    await writeFile(
      path.join(seat.dataDir, 'operator.json'),
      JSON.stringify({ name: options.operator }),
    );
  const running = await startSeat({
    configFile: null,
    version: 'test',
    dataDir: seat.dataDir,
    chooseExportFile: seat.chooseExportFile,
    join: options.join,
    storePassword: options.password,
    retryMs: options.retryMs ?? 250,
    keychain: fakeKeychain(),
    log: () => {},
  });
  const stopHeartbeat = running.services.startHeartbeat(HEARTBEAT_MS);
  const window = await attachPage(running.services, page, options);
  return {
    services: running.services,
    seat,
    close: async () => {
      stopHeartbeat();
      await window.detach();
      await running.stop();
    },
  };
}

/** One window on the services: its own server, binding, pushes; detach() undoes them. */
async function attachPage(
  services: AppFeeds,
  page: Page,
  options: Pick<OpenAppOptions, 'view' | 'language' | 'expectedConsoleErrors'>,
): Promise<{ origin: string; detach(): Promise<void> }> {
  const server = await serveRenderer(RENDERER_ROOT);
  const dispatch = createInvokeDispatcher(services.handlers);
  await page.exposeBinding(
    '__dijkwachtInvoke',
    async (source, channel: unknown, payload: unknown) => {
      const frame = source.frame;
      if (frame.parentFrame() !== null || new URL(frame.url()).origin !== server.origin) {
        throw new IpcRejection('IPC from an untrusted sender');
      }
      return dispatch(channel, payload);
    },
  );
  await page.addInitScript({ content: await bridgeInitScript() });
  // A renderer crash must fail the test loudly, not show up later as a missing element.
  page.on('pageerror', (error) => console.error(`renderer error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // A test that provokes an error on purpose (the CSP refusing an inline script) says so,
    // and its expected lines stay out of the log, where they would read as failures.
    if (options.expectedConsoleErrors?.some((pattern) => pattern.test(message.text()))) return;
    console.error(`renderer console: ${message.text()}`);
  });
  const pushToPage = <E extends PushEvent>(event: E, payload: PushPayload<E>) =>
    page
      .evaluate(
        ([name, data]) =>
          (window as unknown as { __dijkwachtPush(e: string, p: unknown): void }).__dijkwachtPush(
            name,
            data,
          ),
        // Validated as main's push() validates it before sending to a real window.
        [event, pushContract[event].parse(payload)] as const,
      )
      .catch(() => {
        // The page may be closing or navigating; the next heartbeat tries again.
      });
  const unsubscribers = [
    services.collector.subscribe((snapshot) => void pushToPage('status:changed', snapshot)),
    services.keeper.subscribe(
      (events, lastSeq) =>
        void pushToPage('timeline:appended', { lastSeq, events: [...events].slice(-50) }),
    ),
    services.onExportProgress((done, total) => void pushToPage('export:progress', { done, total })),
    services.warRoom.subscribe((state) => void pushToPage('warroom:changed', state)),
  ];
  const query = new URLSearchParams({
    view: options.view ?? 'wall',
    lang: options.language ?? 'nl',
  });
  await page.goto(`${server.origin}/index.html?${query}`);
  return {
    origin: server.origin,
    detach: async () => {
      unsubscribers.forEach((unsubscribe) => unsubscribe());
      await server.close();
    },
  };
}
