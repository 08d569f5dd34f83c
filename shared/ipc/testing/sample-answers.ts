import type { InvokeChannel, InvokeResponse } from '../contract.ts';
import { sampleSettingsView } from '../../settings/testing/sample-settings.ts';

/** Charts with nothing to draw: what main answers before any source delivered. */
export const SAMPLE_CHARTS: InvokeResponse<'charts:get'> = {
  generatedAt: '2020-10-10T12:00:00.000Z',
  from: '2020-10-10T06:00:00.000Z',
  helpdesk: null,
  queries: [],
  checks: [],
};

/** An event as an action answers with it. */
export const SAMPLE_NOTE = {
  seq: 1,
  at: '2020-10-10T12:00:00.000Z',
  kind: 'note',
  domain: null,
  source: null,
  actor: 'Coördinator',
  summary: 'Persbericht om 15:00',
  data: {},
} as const;

/** A paused source, as pause, resume and "poll now" answer. */
const SAMPLE_SOURCE_RESULT: InvokeResponse<'source:pause'> = {
  source: {
    id: 'topdesk',
    kind: 'topdesk',
    health: 'stale',
    lastSuccessAt: '2020-10-10T11:59:00.000Z',
    error: null,
    nextPollAt: null,
    paused: { since: '2020-10-10T12:00:00.000Z', by: 'Coördinator' },
    polling: false,
    intervalMs: 60_000,
    recentPolls: [{ at: '2020-10-10T11:59:00.000Z', durationMs: 420, ok: true }],
    latency: { count: 1, medianMs: 420, maxMs: 420 },
  },
  poll: { status: 'paused' },
};

/** One privacy clock, started from a ticket's call date, as every privacy change answers. */
const SAMPLE_PRIVACY_CLOCKS: InvokeResponse<'privacy:start'> = {
  clocks: [
    {
      id: 'ticket:t-1',
      incident: { kind: 'ticket', ticketId: 't-1', number: 'I 2010 001' },
      title: 'Gegevens zichtbaar voor anderen',
      started: { at: '2020-10-10T12:00:00.000Z', by: 'Coördinator', seq: 1 },
      awareness: {
        at: '2020-10-10T11:30:00.000Z',
        source: 'call-date',
        reason: null,
        by: 'Coördinator',
        seq: 1,
        recordedAt: '2020-10-10T12:00:00.000Z',
        changes: 0,
      },
      decision: null,
    },
  ],
  problem: null,
};

type TimelineChannel = Exclude<
  InvokeChannel,
  'app:info' | 'playbook:get' | 'snapshot:get' | 'contacts:get' | 'charts:get'
>;

/** A valid answer for every timeline, operator, action and export channel. */
export const timelineAnswers: { readonly [C in TimelineChannel]: InvokeResponse<C> } = {
  'timeline:page': { total: 0, events: [] },
  'operator:get': { name: null },
  'operator:set': { name: 'Coördinator' },
  'action:acknowledge': SAMPLE_NOTE,
  'action:snooze': SAMPLE_NOTE,
  'action:informed': SAMPLE_NOTE,
  'action:criterion': SAMPLE_NOTE,
  'action:log': SAMPLE_NOTE,
  'export:run': { status: 'cancelled' },
  'domain:detail': {
    domain: 'privacy',
    generatedAt: '2020-10-10T12:00:00.000Z',
    tickets: { items: [], total: 0 },
    checks: null,
    alerts: null,
    queries: null,
  },
  'link:open': { status: 'refused', reason: 'host' },
  'contacts:book': { entries: [], origin: 'none', unreadable: null },
  'contacts:import': { status: 'cancelled' },
  'contacts:save': { entries: [], origin: 'app', unreadable: null },
  'contacts:remove': { entries: [], origin: 'app', unreadable: null },
  'clipboard:write': undefined,
  'sources:detail': { generatedAt: '2020-10-10T12:00:00.000Z', sources: [] },
  'source:pause': SAMPLE_SOURCE_RESULT,
  'source:resume': SAMPLE_SOURCE_RESULT,
  'source:poll-now': SAMPLE_SOURCE_RESULT,
  'config:open': { status: 'cancelled' },
  'privacy:get': { clocks: [], problem: null },
  'privacy:start': SAMPLE_PRIVACY_CLOCKS,
  'privacy:set-awareness': SAMPLE_PRIVACY_CLOCKS,
  'privacy:decide': SAMPLE_PRIVACY_CLOCKS,
  'settings:get': sampleSettingsView(),
  'settings:set': sampleSettingsView({ seat: { language: 'en', sound: true } }),
  'source:test': {
    status: 'failed',
    latencyMs: 120,
    category: 'wrong-credentials',
    detail: 'HTTP 401',
  },
  'source:add': { status: 'keychain-refused', reason: 'basic-text' },
  'secret:set': { state: 'set' },
  'warroom:get': {
    role: 'single',
    store: '/tmp/timeline.sqlite',
    connected: true,
    since: null,
    collector: null,
    problem: null,
    error: null,
  },
  'warroom:test': { status: 'no-collector', store: 'dijkwacht@db:5432/warroom' },
  'warroom:join': { status: 'unavailable' },
  'warroom:leave': { status: 'unavailable' },
};

/** What `window.dijkwacht` offers, sorted: one method per channel and per push. */
export const API_METHODS = [
  'acknowledge',
  'addSource',
  'criterion',
  'decidePrivacy',
  'exportTimeline',
  'getAppInfo',
  'getCharts',
  'getContactBook',
  'getContacts',
  'getDomainDetail',
  'getOperator',
  'getPlaybook',
  'getPrivacyClocks',
  'getSettings',
  'getSnapshot',
  'getSourcesDetail',
  'getTimelinePage',
  'getWarRoom',
  'importContacts',
  'informed',
  'joinWarRoom',
  'leaveWarRoom',
  'log',
  'onExportProgress',
  'onMenuCommand',
  'onShowDomain',
  'onStatusChanged',
  'onTimelineAppended',
  'onWarRoomChanged',
  'openConfig',
  'openLink',
  'pauseSource',
  'pollSourceNow',
  'removeContact',
  'resumeSource',
  'saveContact',
  'setOperator',
  'setPrivacyAwareness',
  'setSecret',
  'setSettings',
  'snooze',
  'startPrivacyClock',
  'testSource',
  'testWarRoom',
  'writeClipboard',
] as const;
