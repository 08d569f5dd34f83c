import { parseConfigText } from '../../shared/config/parse-config.ts';
import type { Contact } from '../../shared/contacts/contacts.ts';
import {
  DEFAULT_WALL_SETTINGS,
  type InvokeResponse,
  type PushPayload,
  type WallSettings,
} from '../../shared/ipc/contract.ts';
import type { WallCharts } from '../../shared/charts/chart-schema.ts';
import type { DijkwachtApi } from '../../shared/ipc/create-api.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import { buildSnapshot } from '../../shared/snapshot/build-snapshot.ts';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import type { EventDraft, TimelineEvent } from '../../shared/timeline/event.ts';
import * as actions from './fake-actions.ts';
import { FakeTimeline } from './fake-timeline.ts';

/** A snapshot built by the real shared code from a config text, at a given time. */
export function snapshotFrom(configText: string, generatedAt: Date): Snapshot {
  const config = parseConfigText(configText, { fileName: 'test.yaml', env: {} });
  if (!config.ok) throw config.error;
  return buildSnapshot({
    generatedAt,
    demo: false,
    playbook: defaultPlaybook,
    config: config.value,
    sources: [],
    marks: new Map(),
  });
}

export interface FakeApiOptions {
  readonly contacts?: readonly Contact[];
  readonly events?: readonly TimelineEvent[];
  /** The seat's operator; null asks for a name first. */
  readonly operator?: string | null;
  /** Exports wait for `finishExport` instead of answering at once. */
  readonly holdExports?: boolean;
  /** What `getCharts` answers; nothing to draw by default. */
  readonly charts?: WallCharts;
  readonly wall?: Partial<WallSettings>;
}

type Method = keyof DijkwachtApi;
type RequestOf<M extends Method> = Parameters<DijkwachtApi[M]>[0];
type ExportResult = InvokeResponse<'export:run'>;

/**
 * The preload API as a component test needs it: the whole contract in memory. Actions append
 * to an event list and push what main would push; every call is recorded for the test.
 */
export function fakeApi(initial: Snapshot, options: FakeApiOptions = {}) {
  let snapshot = initial;
  let operator = options.operator === undefined ? 'Tess' : options.operator;
  const timeline = new FakeTimeline(options.events);
  const calls: { method: Method; request: unknown }[] = [];
  const failures = new Map<Method, string>();
  const pending: ((result: ExportResult) => void)[] = [];
  const status = new Set<(payload: Snapshot) => void>();
  const appended = new Set<(payload: PushPayload<'timeline:appended'>) => void>();
  const progress = new Set<(payload: PushPayload<'export:progress'>) => void>();
  const showDomain = new Set<(payload: PushPayload<'domain:show'>) => void>();
  let charts = options.charts ?? emptyCharts(initial.generatedAt);

  /** Records the call, then fails it if the test asked for that. */
  async function called<M extends Method>(method: M, request?: RequestOf<M>): Promise<void> {
    calls.push({ method, request });
    const failure = failures.get(method);
    if (failure) {
      failures.delete(method);
      throw new Error(failure);
    }
  }

  function seat(): actions.Seat {
    if (!operator) throw new Error('Geen operator ingesteld');
    return { actor: operator, at: new Date().toISOString() };
  }

  function record(draft: EventDraft, typed: actions.Typed = {}): TimelineEvent {
    const event = timeline.append(draft);
    snapshot = actions.snapshotAfter(snapshot, event, typed);
    push(snapshot);
    appendPush([event]);
    return event;
  }

  const push = (next: Snapshot) => {
    snapshot = next;
    status.forEach((listener) => listener(next));
  };
  const appendPush = (events: TimelineEvent[]) =>
    appended.forEach((listener) => listener({ lastSeq: timeline.lastSeq, events }));

  const api: DijkwachtApi = {
    getAppInfo: async () => ({
      version: 'test',
      title: 'Test room',
      timezone: 'Europe/Amsterdam',
      demo: false,
      configFile: 'test.yaml',
      wall: { ...DEFAULT_WALL_SETTINGS, ...options.wall },
    }),
    getPlaybook: async () => defaultPlaybook,
    getSnapshot: async () => snapshot,
    getContacts: async () => [...(options.contacts ?? [])],
    getCharts: async () => {
      await called('getCharts');
      return charts;
    },
    getTimelinePage: async (request) => {
      await called('getTimelinePage', request);
      return timeline.page(request.filter, request.offset, request.limit);
    },
    getOperator: async () => ({ name: operator }),
    setOperator: async (request) => {
      await called('setOperator', request);
      operator = request.name.trim();
      return { name: operator };
    },
    acknowledge: async (request) => {
      await called('acknowledge', request);
      return record(actions.acknowledgeDraft(snapshot, request, seat()), request);
    },
    snooze: async (request) => {
      await called('snooze', request);
      return record(actions.snoozeDraft(snapshot, request, seat()), request);
    },
    informed: async (request) => {
      await called('informed', request);
      return record(actions.informedDraft(request, seat()));
    },
    criterion: async (request) => {
      await called('criterion', request);
      return record(actions.criterionDraft(request, seat()), request);
    },
    log: async (request) => {
      await called('log', request);
      return record(actions.logDraft(request, seat()));
    },
    exportTimeline: async (request) => {
      await called('exportTimeline', request);
      const events = timeline.matching({
        ...(request.from ? { from: request.from } : {}),
        ...(request.to ? { to: request.to } : {}),
        ...(request.domain ? { domains: [request.domain] } : {}),
      }).length;
      const saved: ExportResult = {
        status: 'saved',
        file: `/tmp/tijdlijn.${request.format}`,
        events,
      };
      if (!options.holdExports) return saved;
      return new Promise<ExportResult>((resolve) => pending.push(resolve));
    },
    onStatusChanged: (listener) => subscribe(status, listener),
    onTimelineAppended: (listener) => subscribe(appended, listener),
    onExportProgress: (listener) => subscribe(progress, listener),
    onShowDomain: (listener) => subscribe(showDomain, listener),
  };

  return {
    api,
    /** A new snapshot from main (status:changed). */
    push,
    /** Events the collector wrote, pushed as main does (timeline:appended). */
    append: (drafts: readonly EventDraft[]) => appendPush(drafts.map((d) => timeline.append(d))),
    exportProgress: (payload: PushPayload<'export:progress'>) =>
      progress.forEach((listener) => listener(payload)),
    /** Charts main would answer from now on. */
    setCharts: (next: WallCharts) => void (charts = next),
    /** A desktop alert was clicked (domain:show). */
    showDomain: (payload: PushPayload<'domain:show'>) =>
      showDomain.forEach((listener) => listener(payload)),
    /** Answers the held exports. */
    finishExport: (result: ExportResult) => pending.splice(0).forEach((resolve) => resolve(result)),
    /** The next call of `method` rejects with `message`. */
    failNext: (method: Method, message: string) => failures.set(method, message),
    calls: <M extends Method>(method: M) =>
      calls.filter((call) => call.method === method).map((call) => call.request as RequestOf<M>),
    events: () => [...timeline.events],
    operator: () => operator,
    /** Push subscriptions still open, over every push event. */
    listenerCount: () => status.size + appended.size + progress.size + showDomain.size,
  };
}

function emptyCharts(at: string): WallCharts {
  return { generatedAt: at, from: at, helpdesk: null, queries: [], checks: [] };
}

function subscribe<T>(listeners: Set<(payload: T) => void>, listener: (payload: T) => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
