import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Snapshot } from '../snapshot/snapshot-schema.ts';
import { defaultPlaybook } from '../playbook/playbook.ts';
import {
  DEFAULT_WALL_SETTINGS,
  type InvokeChannel,
  type InvokeResponse,
  type PushEvent,
  type PushPayload,
} from './contract.ts';
import {
  API_METHODS,
  SAMPLE_CHARTS,
  SAMPLE_NOTE,
  timelineAnswers,
} from './testing/sample-answers.ts';
import { API_GLOBAL_NAME, createDijkwachtApi, type IpcTransport } from './create-api.ts';

const SNAPSHOT: Snapshot = {
  generatedAt: '2020-10-10T12:00:00.000Z',
  demo: false,
  timeline: null,
  sources: [],
  domains: [],
};

const ANSWERS: { readonly [C in InvokeChannel]: InvokeResponse<C> } = {
  'app:info': {
    version: '1',
    title: 'Test room',
    timezone: 'Europe/Amsterdam',
    demo: false,
    configFile: null,
    wall: DEFAULT_WALL_SETTINGS,
  },
  'playbook:get': defaultPlaybook,
  'snapshot:get': SNAPSHOT,
  'contacts:get': [],
  'charts:get': SAMPLE_CHARTS,
  ...timelineAnswers,
};

type ListenerSets = { [E in PushEvent]: Set<(payload: PushPayload<E>) => void> };

/** A transport that answers each channel from ANSWERS and keeps its listeners. */
function fakeTransport() {
  const invoked: [InvokeChannel, unknown][] = [];
  const listeners: ListenerSets = {
    'status:changed': new Set(),
    'timeline:appended': new Set(),
    'export:progress': new Set(),
    'domain:show': new Set(),
    'menu:command': new Set(),
    'warroom:changed': new Set(),
  };
  const transport: IpcTransport = {
    invoke: async (channel, payload) => {
      invoked.push([channel, payload]);
      return ANSWERS[channel];
    },
    subscribe: (event, listener) => {
      const set = listeners[event];
      set.add(listener);
      return () => set.delete(listener);
    },
  };
  const emit = <E extends PushEvent>(event: E, payload: PushPayload<E>) =>
    (listeners[event] as Set<(payload: PushPayload<E>) => void>).forEach((listener) =>
      listener(payload),
    );
  return { transport, invoked, listeners, emit };
}

describe('createDijkwachtApi', () => {
  it('is exposed as window.dijkwacht', () => assert.equal(API_GLOBAL_NAME, 'dijkwacht'));

  it('has one method per channel and nothing else', () => {
    assert.deepEqual(Object.keys(createDijkwachtApi(fakeTransport().transport)).sort(), [
      ...API_METHODS,
    ]);
  });

  it('each method invokes its channel with no payload and returns its answer', async () => {
    const { transport, invoked } = fakeTransport();
    const api = createDijkwachtApi(transport);
    assert.equal(await api.getAppInfo(), ANSWERS['app:info']);
    assert.equal(await api.getPlaybook(), ANSWERS['playbook:get']);
    assert.equal(await api.getSnapshot(), ANSWERS['snapshot:get']);
    assert.equal(await api.getContacts(), ANSWERS['contacts:get']);
    assert.deepEqual(invoked, [
      ['app:info', undefined],
      ['playbook:get', undefined],
      ['snapshot:get', undefined],
      ['contacts:get', undefined],
    ]);
  });

  it('each action passes its request through unchanged', async () => {
    const { transport, invoked } = fakeTransport();
    const api = createDijkwachtApi(transport);
    assert.equal(await api.acknowledge({ raisedSeq: 7, note: 'opgepakt' }), SAMPLE_NOTE);
    await api.snooze({ raisedSeq: 7, forMs: 1_800_000, reason: 'wacht op KPN' });
    await api.getTimelinePage({ filter: { text: 'KPN' }, offset: 200, limit: 200 });
    assert.deepEqual(invoked, [
      ['action:acknowledge', { raisedSeq: 7, note: 'opgepakt' }],
      ['action:snooze', { raisedSeq: 7, forMs: 1_800_000, reason: 'wacht op KPN' }],
      ['timeline:page', { filter: { text: 'KPN' }, offset: 200, limit: 200 }],
    ]);
  });

  it('onStatusChanged delivers status:changed payloads until unsubscribed', () => {
    const { transport, listeners, emit } = fakeTransport();
    const api = createDijkwachtApi(transport);
    const seen: Snapshot[] = [];
    const unsubscribe = api.onStatusChanged((snapshot) => seen.push(snapshot));
    assert.equal(listeners['status:changed'].size, 1);
    emit('status:changed', SNAPSHOT);
    unsubscribe();
    emit('status:changed', { ...SNAPSHOT, demo: true });
    assert.deepEqual(seen, [SNAPSHOT]);
    assert.equal(listeners['status:changed'].size, 0);
  });

  it('keeps two subscriptions apart', () => {
    const { transport, emit } = fakeTransport();
    const api = createDijkwachtApi(transport);
    const first: unknown[] = [];
    const second: unknown[] = [];
    const stopFirst = api.onStatusChanged((snapshot) => first.push(snapshot.generatedAt));
    api.onStatusChanged((snapshot) => second.push(snapshot.generatedAt));
    stopFirst();
    emit('status:changed', SNAPSHOT);
    assert.deepEqual([first, second], [[], ['2020-10-10T12:00:00.000Z']]);
  });
});
