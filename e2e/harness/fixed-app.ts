import path from 'node:path';
import type { Page } from '@playwright/test';
import type { WallCharts } from '../../shared/charts/chart-schema.ts';
import { DEFAULT_WALL_SETTINGS, pushContract, type AppInfo } from '../../shared/ipc/contract.ts';
import {
  createInvokeDispatcher,
  IpcRejection,
  type InvokeHandlers,
} from '../../shared/ipc/dispatch.ts';
import type { ViewName } from '../../shared/ipc/views.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import type { TimelineEvent } from '../../shared/timeline/event.ts';
import type { PrivacyClocks } from '../../shared/privacy/clock-schema.ts';
import { detailFromSnapshot } from '../../shared/sources/from-snapshot.ts';
import { detailFromMarks } from '../../shared/desk/detail-from-marks.ts';
import { topdeskIncidentUrl } from '../../electron/app/domain-detail-tickets.ts';
import { createLinkOpener } from '../../electron/app/external-links.ts';
import { sampleSettingsView } from '../../shared/settings/testing/sample-settings.ts';
import { bridgeInitScript } from './bridge-script.ts';
import { serveRenderer } from './static-server.ts';

const RENDERER_ROOT = path.resolve(import.meta.dirname, '../../out/renderer');
/** The TOPdesk a fixed picture's ticket links point at. */
const FIXED_TOPDESK = 'https://topdesk.example';

export interface FixedAppData {
  readonly snapshot: Snapshot;
  /** Newest first, as the strip and the timeline ask for them. */
  readonly events?: readonly TimelineEvent[];
  readonly charts?: WallCharts;
  readonly appInfo?: Partial<AppInfo>;
  readonly view?: ViewName;
  readonly language?: 'nl' | 'en';
  /** The 72-hour privacy clocks main would answer (none by default). */
  readonly privacy?: PrivacyClocks;
}

export interface FixedApp {
  /** A new snapshot, as main pushes one. */
  push(snapshot: Snapshot): Promise<void>;
  /** The links the desk's allow-list let through, in order. */
  readonly openedLinks: readonly string[];
  close(): Promise<void>;
}

/**
 * The built renderer on data a test chose (the layout test's worst case), through the same
 * bridge and the same contract validation as the live harness, with no collector behind it.
 * Actions are refused: nothing here records.
 */
export async function openFixedApp(page: Page, data: FixedAppData): Promise<FixedApp> {
  let snapshot = data.snapshot;
  const events = data.events ?? [];
  const refuse = async () => {
    throw new IpcRejection('this screen is a fixed picture: nothing records');
  };
  // The real allow-list, for a TOPdesk at FIXED_TOPDESK; what it lets through is recorded.
  const openedLinks: string[] = [];
  const openLink = createLinkOpener({
    policy: { origins: [{ protocol: 'https:', host: new URL(FIXED_TOPDESK).host }] },
    openExternal: async (href) => void openedLinks.push(href),
    log: () => {},
  });
  const handlers: InvokeHandlers = {
    'app:info': async () => ({
      version: 'test',
      title: 'CoronaMelder — verhoogde dijkbewaking tijdens de landelijke uitrol',
      timezone: 'Europe/Amsterdam',
      demo: snapshot.demo,
      configFile: null,
      wall: DEFAULT_WALL_SETTINGS,
      ...data.appInfo,
    }),
    'playbook:get': async () => defaultPlaybook,
    'snapshot:get': async () => snapshot,
    'contacts:get': async () => [],
    'contacts:book': async () => ({ entries: [], origin: 'none', unreadable: null }),
    'contacts:import': async () => ({ status: 'cancelled' }),
    'contacts:save': refuse,
    'contacts:remove': refuse,
    'clipboard:write': refuse,
    'charts:get': async () =>
      data.charts ?? {
        generatedAt: snapshot.generatedAt,
        from: snapshot.generatedAt,
        helpdesk: null,
        queries: [],
        checks: [],
      },
    'timeline:page': async ({ offset, limit }) => ({
      total: events.length,
      events: events.slice(offset, offset + limit),
    }),
    'operator:get': async () => ({ name: 'Anna' }),
    'operator:set': async ({ name }) => ({ name }),
    'action:acknowledge': refuse,
    'action:snooze': refuse,
    'action:informed': refuse,
    'action:criterion': refuse,
    'action:log': refuse,
    'export:run': async () => ({ status: 'cancelled' }),
    'sources:detail': async () => detailFromSnapshot(snapshot),
    'source:pause': refuse,
    'source:resume': refuse,
    'source:poll-now': refuse,
    'privacy:get': async () => data.privacy ?? { clocks: [], problem: null },
    'privacy:start': refuse,
    'privacy:set-awareness': refuse,
    'privacy:decide': refuse,
    // A fixed settings page: shown, never saved (no keychain, no displays here).
    'settings:get': async () => sampleSettingsView({ keychain: { usable: false, reason: 'none' } }),
    'settings:set': refuse,
    'source:test': refuse,
    'source:add': refuse,
    'secret:set': refuse,
    'config:open': async () => ({ status: 'cancelled' }),
    // Shown, never joined: the fixed app cannot restart.
    'warroom:test': async () => ({ status: 'failed', message: 'the fixed app reaches no server' }),
    'warroom:join': async () => ({ status: 'unavailable' }),
    'warroom:leave': async () => ({ status: 'unavailable' }),
    // The desk's detail from the snapshot's evidence, with ticket links on a pretend TOPdesk.
    'domain:detail': async ({ domain }) =>
      detailFromMarks(snapshot, domain, (number) => topdeskIncidentUrl(FIXED_TOPDESK, number)),
    'link:open': async ({ url }) => openLink(url),
    'warroom:get': async () => ({
      role: 'single',
      store: 'timeline.sqlite',
      connected: true,
      since: null,
      collector: null,
      problem: null,
      error: null,
    }),
  };
  const server = await serveRenderer(RENDERER_ROOT);
  const dispatch = createInvokeDispatcher(handlers);
  await page.exposeBinding('__dijkwachtInvoke', (_source, channel: unknown, payload: unknown) =>
    dispatch(channel, payload),
  );
  await page.addInitScript({ content: await bridgeInitScript() });
  page.on('pageerror', (error) => console.error(`renderer error: ${error.message}`));
  const query = new URLSearchParams({ view: data.view ?? 'wall', lang: data.language ?? 'nl' });
  await page.goto(`${server.origin}/index.html?${query}`);
  return {
    push: async (next) => {
      snapshot = next;
      const payload = pushContract['status:changed'].parse(next);
      await page.evaluate(
        (pushed) =>
          (window as unknown as { __dijkwachtPush(e: string, p: unknown): void }).__dijkwachtPush(
            'status:changed',
            pushed,
          ),
        payload,
      );
    },
    openedLinks,
    close: () => server.close(),
  };
}
