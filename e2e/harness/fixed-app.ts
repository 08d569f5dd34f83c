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
import { bridgeInitScript } from './bridge-script.ts';
import { serveRenderer } from './static-server.ts';

const RENDERER_ROOT = path.resolve(import.meta.dirname, '../../out/renderer');

export interface FixedAppData {
  readonly snapshot: Snapshot;
  /** Newest first, as the strip and the timeline ask for them. */
  readonly events?: readonly TimelineEvent[];
  readonly charts?: WallCharts;
  readonly appInfo?: Partial<AppInfo>;
  readonly view?: ViewName;
  readonly language?: 'nl' | 'en';
}

export interface FixedApp {
  /** A new snapshot, as main pushes one. */
  push(snapshot: Snapshot): Promise<void>;
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
    close: () => server.close(),
  };
}
