// The e2e harness, loaded at run time. Its modules hand page callbacks that name `window`, which
// the Node tsconfig (no DOM lib) cannot type; a static import would pull them into that program.
// The interfaces below are the part of e2e/harness/{app-harness,fixed-app}.ts used here.
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { AppServices } from '../../../electron/app/app-services.ts';
import type { Simulator } from '../../../electron/simulator/simulator.ts';
import type { WallCharts } from '../../../shared/charts/chart-schema.ts';
import type { AppInfo } from '../../../shared/ipc/contract.ts';
import type { ViewName } from '../../../shared/ipc/views.ts';
import type { Snapshot } from '../../../shared/snapshot/snapshot-schema.ts';
import type { TimelineEvent } from '../../../shared/timeline/event.ts';

type Language = 'nl' | 'en';

export interface Seat {
  readonly store: string;
  readonly dataDir: string;
  readonly chooseExportFile: (suggestedName: string) => Promise<string | null>;
}

/** A seat in `folder`: its timeline there, exports saved there without a dialog. */
export function seatIn(folder: string): Seat {
  return {
    dataDir: folder,
    store: path.join(folder, 'timeline.sqlite'),
    chooseExportFile: async (name) => path.join(folder, name),
  };
}

export interface OpenAppOptions {
  readonly configFile?: string;
  readonly view?: ViewName;
  readonly language?: Language;
  readonly demoSpeed?: number;
  readonly operator?: string;
  readonly seat?: Seat;
}

export interface RunningApp {
  readonly services: AppServices;
  readonly simulator: Simulator | null;
  attach(page: Page, options?: { view?: ViewName; language?: Language }): Promise<void>;
  close(): Promise<void>;
}

export interface FixedAppData {
  readonly snapshot: Snapshot;
  readonly events?: readonly TimelineEvent[];
  readonly charts?: WallCharts;
  readonly appInfo?: Partial<AppInfo>;
  readonly view?: ViewName;
  readonly language?: Language;
}

export interface FixedApp {
  push(snapshot: Snapshot): Promise<void>;
  close(): Promise<void>;
}

const harnessUrl = (file: string) => new URL(`../../../e2e/harness/${file}`, import.meta.url).href;

/** e2e/harness/app-harness.ts: the renderer on the real services, as the e2e suite runs it. */
export async function openApp(page: Page, options: OpenAppOptions): Promise<RunningApp> {
  const harness = (await import(harnessUrl('app-harness.ts'))) as {
    openApp(page: Page, options: OpenAppOptions): Promise<RunningApp>;
  };
  return harness.openApp(page, options);
}

/** e2e/harness/fixed-app.ts: the renderer on data the benchmark chose. */
export async function openFixedApp(page: Page, data: FixedAppData): Promise<FixedApp> {
  const harness = (await import(harnessUrl('fixed-app.ts'))) as {
    openFixedApp(page: Page, data: FixedAppData): Promise<FixedApp>;
  };
  return harness.openFixedApp(page, data);
}
