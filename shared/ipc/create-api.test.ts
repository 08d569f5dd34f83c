import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Snapshot } from '../snapshot/snapshot-schema.ts';
import type { InvokeChannel, PushEvent } from './contract.ts';
import { API_GLOBAL_NAME, createDijkwachtApi, type IpcTransport } from './create-api.ts';

const SNAPSHOT: Snapshot = {
  generatedAt: '2020-10-10T12:00:00.000Z',
  demo: false,
  sources: [],
  domains: [],
};

/** A transport that answers each invoke with its channel name and keeps its listeners. */
function fakeTransport() {
  const invoked: [InvokeChannel, unknown][] = [];
  const listeners = new Map<PushEvent, Set<(payload: unknown) => void>>();
  const transport: IpcTransport = {
    invoke: async (channel, payload) => {
      invoked.push([channel, payload]);
      return `answer of ${channel}`;
    },
    subscribe: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };
  const emit = (event: PushEvent, payload: unknown) =>
    listeners.get(event)?.forEach((listener) => listener(payload));
  return { transport, invoked, listeners, emit };
}

describe('createDijkwachtApi', () => {
  it('is exposed as window.dijkwacht', () => assert.equal(API_GLOBAL_NAME, 'dijkwacht'));

  it('has one method per channel and nothing else', () => {
    assert.deepEqual(Object.keys(createDijkwachtApi(fakeTransport().transport)).sort(), [
      'getAppInfo',
      'getContacts',
      'getPlaybook',
      'getSnapshot',
      'onStatusChanged',
    ]);
  });

  const methods: [string, InvokeChannel][] = [
    ['getAppInfo', 'app:info'],
    ['getPlaybook', 'playbook:get'],
    ['getSnapshot', 'snapshot:get'],
    ['getContacts', 'contacts:get'],
  ];
  for (const [method, channel] of methods) {
    it(`${method} invokes ${channel} with no payload and returns its answer`, async () => {
      const { transport, invoked } = fakeTransport();
      const api = createDijkwachtApi(transport) as unknown as Record<
        string,
        () => Promise<unknown>
      >;
      assert.equal(await api[method]!(), `answer of ${channel}`);
      assert.deepEqual(invoked, [[channel, undefined]]);
    });
  }

  it('onStatusChanged delivers status:changed payloads until unsubscribed', () => {
    const { transport, listeners, emit } = fakeTransport();
    const api = createDijkwachtApi(transport);
    const seen: Snapshot[] = [];
    const unsubscribe = api.onStatusChanged((snapshot) => seen.push(snapshot));
    assert.equal(listeners.get('status:changed')?.size, 1);
    emit('status:changed', SNAPSHOT);
    unsubscribe();
    emit('status:changed', { ...SNAPSHOT, demo: true });
    assert.deepEqual(seen, [SNAPSHOT]);
    assert.equal(listeners.get('status:changed')?.size, 0);
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
