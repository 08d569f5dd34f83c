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
import { fakeContacts } from '../coordinator/contacts/testing/fake-contacts.ts';
import { FakeTimeline } from './fake-timeline.ts';
import { detailFromMarks } from '../../shared/desk/detail-from-marks.ts';
import type { DomainDetail } from '../../shared/desk/domain-detail-schema.ts';
import { isPlausibleMailto, isPlausibleTel } from '../../shared/desk/link-forms.ts';
import type { OpenLinkResult } from '../../shared/desk/open-link-schema.ts';
import type { DomainId } from '../../shared/playbook/domains.ts';
import type { PrivacyClocks } from '../../shared/privacy/clock-schema.ts';
import { FakePrivacyClocks } from '../coordinator/privacy/testing/fake-privacy.ts';
import { detailFromSnapshot } from '../../shared/sources/from-snapshot.ts';
import type { SourcesDetail } from '../../shared/sources/source-detail.ts';
import { FakeSources } from '../coordinator/sources/testing/fake-sources.ts';
import type { SettingsView } from '../../shared/settings/settings-contract.ts';
import { FakeSettings } from '../coordinator/settings/testing/fake-settings.ts';

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
  /** The 72-hour privacy clocks main keeps; none by default. */
  readonly privacy?: PrivacyClocks;
  /** What `getSourcesDetail` answers; by default the snapshot's sources, without timings. */
  readonly sourcesDetail?: SourcesDetail;
  /** What `getDomainDetail` answers; by default what the snapshot's marks hold as evidence. */
  readonly domainDetail?: (domain: DomainId, snapshot: Snapshot) => DomainDetail;
  /** What `openLink` answers; by default main's allow-list for a TOPdesk at topdesk.example. */
  readonly openLink?: (url: string) => OpenLinkResult;
  /** What the settings page reads (`getSettings`); a sample seat and config by default. */
  readonly settings?: SettingsView;
  /** What `getWarRoom` answers; a single seat (SQLite) by default. */
  readonly warRoom?: InvokeResponse<'warroom:get'>;
  /** What "Test connection" answers on the settings page; no collector yet by default. */
  readonly warRoomTest?: InvokeResponse<'warroom:test'>;
  /** What join and leave answer; `unavailable` (no restart) by default. */
  readonly warRoomJoin?: InvokeResponse<'warroom:join'>;
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
  const menuCommand = new Set<(payload: PushPayload<'menu:command'>) => void>();
  const warRoomChanged = new Set<(payload: PushPayload<'warroom:changed'>) => void>();
  let warRoom = options.warRoom ?? SINGLE_SEAT;
  let charts = options.charts ?? emptyCharts(initial.generatedAt);
  const privacy = new FakePrivacyClocks(options.privacy);
  const sources = new FakeSources(options.sourcesDetail ?? detailFromSnapshot(initial));
  const settings = new FakeSettings(options.settings);
  const contacts = fakeContacts(options.contacts ?? [], { record: called });

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
    ...contacts.api,
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
    openConfig: async () => {
      await called('openConfig');
      return { status: 'cancelled' };
    },
    onMenuCommand: (listener) => subscribe(menuCommand, listener),
    getWarRoom: async () => warRoom,
    onWarRoomChanged: (listener) => subscribe(warRoomChanged, listener),
    testWarRoom: async (request) => {
      await called('testWarRoom', request);
      return options.warRoomTest ?? { status: 'no-collector', store: 'dijkwacht@db:5432/warroom' };
    },
    joinWarRoom: async (request) => {
      await called('joinWarRoom', request);
      return options.warRoomJoin ?? { status: 'unavailable' };
    },
    leaveWarRoom: async () => {
      await called('leaveWarRoom');
      return options.warRoomJoin ?? { status: 'unavailable' };
    },
    getSourcesDetail: async () => {
      await called('getSourcesDetail');
      return sources.detail();
    },
    pauseSource: async (request) => {
      await called('pauseSource', request);
      const change = sources.pause(request, seat());
      record(change.note);
      push(change.after(snapshot));
      return change.result;
    },
    resumeSource: async (request) => {
      await called('resumeSource', request);
      const change = sources.resume(request, seat());
      record(change.note);
      push(change.after(snapshot));
      return change.result;
    },
    pollSourceNow: async (request) => {
      await called('pollSourceNow', request);
      return sources.pollNow(request);
    },
    getPrivacyClocks: async () => {
      await called('getPrivacyClocks');
      return privacy.answer();
    },
    startPrivacyClock: async (request) => {
      await called('startPrivacyClock', request);
      return privacy.start(request, snapshot, seat(), (draft) => record(draft));
    },
    setPrivacyAwareness: async (request) => {
      await called('setPrivacyAwareness', request);
      return privacy.setAwareness(request, seat(), (draft) => record(draft));
    },
    decidePrivacy: async (request) => {
      await called('decidePrivacy', request);
      return privacy.decide(request, seat(), (draft) => record(draft));
    },
    getSettings: async () => {
      await called('getSettings');
      return settings.view();
    },
    setSettings: async (request) => {
      await called('setSettings', request);
      return settings.change(request);
    },
    testSource: async (request) => {
      await called('testSource', request);
      return settings.test(request);
    },
    addSource: async (request) => {
      await called('addSource', request);
      return settings.add(request);
    },
    setSecret: async (request) => {
      await called('setSecret', request);
      return settings.setSecret(request);
    },
    getDomainDetail: async (request) => {
      await called('getDomainDetail', request);
      return (options.domainDetail ?? fakeDomainDetail)(request.domain, snapshot);
    },
    openLink: async (request) => {
      await called('openLink', request);
      return (options.openLink ?? fakeOpenLink)(request.url);
    },
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
    /** An application menu item was chosen (menu:command). */
    menuCommand: (payload: PushPayload<'menu:command'>) =>
      menuCommand.forEach((listener) => listener(payload)),
    /** The war room's state changed (warroom:changed): pushed, and answered from now on. */
    warRoomChanged: (payload: PushPayload<'warroom:changed'>) => {
      warRoom = payload;
      warRoomChanged.forEach((listener) => listener(payload));
    },
    /** Subscriptions to warroom:changed still open (kept out of listenerCount's total). */
    warRoomListenerCount: () => warRoomChanged.size,
    /** The sources page's main: set its detail and what "poll now" answers. */
    sources,
    /** The privacy clocks' main: set what it answers. */
    privacy,
    /** The settings page's main: set what it answers. */
    settings,
    /** The contact list's main: what the next import brings, what was copied. */
    contacts,
    /** Answers the held exports. */
    finishExport: (result: ExportResult) => pending.splice(0).forEach((resolve) => resolve(result)),
    /** The next call of `method` rejects with `message`. */
    failNext: (method: Method, message: string) => failures.set(method, message),
    calls: <M extends Method>(method: M) =>
      calls.filter((call) => call.method === method).map((call) => call.request as RequestOf<M>),
    events: () => [...timeline.events],
    operator: () => operator,
    /** Push subscriptions still open, over every push event. */
    listenerCount: () =>
      status.size + appended.size + progress.size + showDomain.size + menuCommand.size,
  };
}

/** The app on its own SQLite file: no war room banner, no badge. */
const SINGLE_SEAT: InvokeResponse<'warroom:get'> = {
  role: 'single',
  store: 'timeline.sqlite',
  connected: true,
  since: null,
  collector: null,
  problem: null,
  error: null,
};

/** The desk's detail from the marks' evidence, its tickets linked on topdesk.example. */
function fakeDomainDetail(domain: DomainId, snapshot: Snapshot): DomainDetail {
  const link = (number: string) => {
    const query = new URLSearchParams({ action: 'lookup', lookup: 'naam', lookupValue: number });
    return `https://topdesk.example/tas/secure/incident?${query}`;
  };
  return detailFromMarks(snapshot, domain, link);
}

/** Main's answer in short: TOPdesk at topdesk.example, and plausible tel: and mailto: links. */
function fakeOpenLink(url: string): OpenLinkResult {
  if (url.startsWith('https://topdesk.example/')) return { status: 'opened' };
  if (isPlausibleTel(url) || isPlausibleMailto(url)) return { status: 'opened' };
  return { status: 'refused', reason: url.startsWith('https:') ? 'host' : 'scheme' };
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
