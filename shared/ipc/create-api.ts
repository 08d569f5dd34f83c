import type {
  InvokeChannel,
  InvokeRequest,
  InvokeResponse,
  PushEvent,
  PushPayload,
} from './contract.ts';

/**
 * How the API reaches main: ipcRenderer in the preload, Playwright bindings in the browser
 * test harness. Typed by the contract's channel map; only types are imported here, so the
 * sandboxed preload bundle stays free of zod and the schemas (main validates both ways).
 */
export interface IpcTransport {
  invoke<C extends InvokeChannel>(
    channel: C,
    payload: InvokeRequest<C>,
  ): Promise<InvokeResponse<C>>;
  subscribe<E extends PushEvent>(event: E, listener: (payload: PushPayload<E>) => void): () => void;
}

/** The method the renderer calls for each invoke channel (a channel missing here fails to compile). */
interface Methods {
  'app:info': 'getAppInfo';
  'playbook:get': 'getPlaybook';
  'snapshot:get': 'getSnapshot';
  'contacts:get': 'getContacts';
  'contacts:book': 'getContactBook';
  'contacts:import': 'importContacts';
  'contacts:save': 'saveContact';
  'contacts:remove': 'removeContact';
  'clipboard:write': 'writeClipboard';
  'charts:get': 'getCharts';
  'timeline:page': 'getTimelinePage';
  'operator:get': 'getOperator';
  'operator:set': 'setOperator';
  'action:acknowledge': 'acknowledge';
  'action:snooze': 'snooze';
  'action:informed': 'informed';
  'action:criterion': 'criterion';
  'action:log': 'log';
  'export:run': 'exportTimeline';
  'domain:detail': 'getDomainDetail';
  'link:open': 'openLink';
  'sources:detail': 'getSourcesDetail';
  'source:pause': 'pauseSource';
  'source:resume': 'resumeSource';
  'source:poll-now': 'pollSourceNow';
  'config:open': 'openConfig';
  'privacy:get': 'getPrivacyClocks';
  'privacy:start': 'startPrivacyClock';
  'privacy:set-awareness': 'setPrivacyAwareness';
  'privacy:decide': 'decidePrivacy';
  'settings:get': 'getSettings';
  'settings:set': 'setSettings';
  'source:test': 'testSource';
  'source:add': 'addSource';
  'secret:set': 'setSecret';
  'warroom:get': 'getWarRoom';
  'warroom:test': 'testWarRoom';
  'warroom:join': 'joinWarRoom';
  'warroom:leave': 'leaveWarRoom';
}

/** The method that subscribes to each push event; it returns the function that unsubscribes. */
interface Subscriptions {
  'status:changed': 'onStatusChanged';
  'timeline:appended': 'onTimelineAppended';
  'export:progress': 'onExportProgress';
  'domain:show': 'onShowDomain';
  'menu:command': 'onMenuCommand';
  'warroom:changed': 'onWarRoomChanged';
}

/**
 * What the renderer sees as `window.dijkwacht`: one named method per channel, nothing raw,
 * derived from the contract — changing a channel's schema fails to compile where it is used.
 */
export type DijkwachtApi = {
  readonly [C in InvokeChannel as Methods[C]]: InvokeRequest<C> extends undefined
    ? () => Promise<InvokeResponse<C>>
    : (request: InvokeRequest<C>) => Promise<InvokeResponse<C>>;
} & {
  readonly [E in PushEvent as Subscriptions[E]]: (
    listener: (payload: PushPayload<E>) => void,
  ) => () => void;
};

export const API_GLOBAL_NAME = 'dijkwacht';

export function createDijkwachtApi(transport: IpcTransport): DijkwachtApi {
  return {
    getAppInfo: () => transport.invoke('app:info', undefined),
    getPlaybook: () => transport.invoke('playbook:get', undefined),
    getSnapshot: () => transport.invoke('snapshot:get', undefined),
    getContacts: () => transport.invoke('contacts:get', undefined),
    getContactBook: () => transport.invoke('contacts:book', undefined),
    importContacts: () => transport.invoke('contacts:import', undefined),
    saveContact: (request) => transport.invoke('contacts:save', request),
    removeContact: (request) => transport.invoke('contacts:remove', request),
    writeClipboard: (request) => transport.invoke('clipboard:write', request),
    getCharts: () => transport.invoke('charts:get', undefined),
    getTimelinePage: (request) => transport.invoke('timeline:page', request),
    getOperator: () => transport.invoke('operator:get', undefined),
    setOperator: (request) => transport.invoke('operator:set', request),
    acknowledge: (request) => transport.invoke('action:acknowledge', request),
    snooze: (request) => transport.invoke('action:snooze', request),
    informed: (request) => transport.invoke('action:informed', request),
    criterion: (request) => transport.invoke('action:criterion', request),
    log: (request) => transport.invoke('action:log', request),
    exportTimeline: (request) => transport.invoke('export:run', request),
    getDomainDetail: (request) => transport.invoke('domain:detail', request),
    openLink: (request) => transport.invoke('link:open', request),
    getSourcesDetail: () => transport.invoke('sources:detail', undefined),
    pauseSource: (request) => transport.invoke('source:pause', request),
    resumeSource: (request) => transport.invoke('source:resume', request),
    pollSourceNow: (request) => transport.invoke('source:poll-now', request),
    openConfig: () => transport.invoke('config:open', undefined),
    getPrivacyClocks: () => transport.invoke('privacy:get', undefined),
    startPrivacyClock: (request) => transport.invoke('privacy:start', request),
    setPrivacyAwareness: (request) => transport.invoke('privacy:set-awareness', request),
    decidePrivacy: (request) => transport.invoke('privacy:decide', request),
    getSettings: () => transport.invoke('settings:get', undefined),
    setSettings: (request) => transport.invoke('settings:set', request),
    testSource: (request) => transport.invoke('source:test', request),
    addSource: (request) => transport.invoke('source:add', request),
    setSecret: (request) => transport.invoke('secret:set', request),
    getWarRoom: () => transport.invoke('warroom:get', undefined),
    testWarRoom: (request) => transport.invoke('warroom:test', request),
    joinWarRoom: (request) => transport.invoke('warroom:join', request),
    leaveWarRoom: () => transport.invoke('warroom:leave', undefined),
    onStatusChanged: (listener) => transport.subscribe('status:changed', listener),
    onTimelineAppended: (listener) => transport.subscribe('timeline:appended', listener),
    onExportProgress: (listener) => transport.subscribe('export:progress', listener),
    onShowDomain: (listener) => transport.subscribe('domain:show', listener),
    onMenuCommand: (listener) => transport.subscribe('menu:command', listener),
    onWarRoomChanged: (listener) => transport.subscribe('warroom:changed', listener),
  };
}
