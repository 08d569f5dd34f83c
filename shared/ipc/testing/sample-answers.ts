import type { InvokeChannel, InvokeResponse } from '../contract.ts';

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
};

/** What `window.dijkwacht` offers, sorted: one method per channel and per push. */
export const API_METHODS = [
  'acknowledge',
  'criterion',
  'exportTimeline',
  'getAppInfo',
  'getCharts',
  'getContacts',
  'getOperator',
  'getPlaybook',
  'getSnapshot',
  'getTimelinePage',
  'informed',
  'log',
  'onExportProgress',
  'onShowDomain',
  'onStatusChanged',
  'onTimelineAppended',
  'setOperator',
  'snooze',
] as const;
