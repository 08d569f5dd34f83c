import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { DEFAULT_WALL_SETTINGS, invokeChannels } from '../../shared/ipc/contract.ts';
import { timelineAnswers } from '../../shared/ipc/testing/sample-answers.ts';
import { IpcRejection, type InvokeHandlers } from '../../shared/ipc/dispatch.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import { push, registerIpcHandlers } from './ipc.ts';

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => unknown;
const SNAPSHOT: Snapshot = {
  generatedAt: '2020-10-10T12:00:00.000Z',
  demo: true,
  timeline: null,
  sources: [],
  domains: [],
};

function setUp() {
  const listeners = new Map<string, Listener>();
  const ipcMain = {
    handle(channel: string, listener: Listener) {
      assert.ok(!listeners.has(channel), `${channel} registered twice`);
      listeners.set(channel, listener);
    },
  };
  const calls: string[] = [];
  const handlers: InvokeHandlers = {
    'app:info': async () => (
      calls.push('app:info'),
      {
        version: '1',
        title: 't',
        timezone: 'UTC',
        demo: true,
        configFile: null,
        wall: DEFAULT_WALL_SETTINGS,
      }
    ),
    'playbook:get': async () => (calls.push('playbook:get'), defaultPlaybook),
    'snapshot:get': async () => (calls.push('snapshot:get'), SNAPSHOT),
    'contacts:get': async () => (calls.push('contacts:get'), []),
    ...otherHandlers(calls),
  };
  registerIpcHandlers(ipcMain as unknown as Pick<IpcMain, 'handle'>, handlers);
  const invoke = async (
    channel: string,
    frame: { url: string; parent: unknown } | null,
    payload?: unknown,
  ) => {
    const listener = listeners.get(channel);
    assert.ok(listener, `no handler for ${channel}`);
    return listener({ senderFrame: frame } as unknown as IpcMainInvokeEvent, payload);
  };
  return { listeners, calls, invoke };
}

/** The timeline's channels: each records its call and answers its sample. */
function otherHandlers(
  calls: string[],
): Omit<InvokeHandlers, 'app:info' | 'playbook:get' | 'snapshot:get' | 'contacts:get'> {
  return Object.fromEntries(
    Object.entries(timelineAnswers).map(([channel, answer]) => [
      channel,
      async () => (calls.push(channel), answer),
    ]),
  ) as unknown as Omit<
    InvokeHandlers,
    'app:info' | 'playbook:get' | 'snapshot:get' | 'contacts:get'
  >;
}

const APP = { url: 'app://dijkwacht/index.html?view=wall', parent: null };

describe('registerIpcHandlers', () => {
  it('registers one handler per invoke channel', () => {
    assert.deepEqual([...setUp().listeners.keys()], invokeChannels);
  });

  it('answers the app’s own top-level page', async () => {
    const { invoke, calls } = setUp();
    assert.deepEqual(await invoke('snapshot:get', APP), SNAPSHOT);
    assert.deepEqual(calls, ['snapshot:get']);
  });

  const strangers: [string, { url: string; parent: unknown } | null][] = [
    ['an iframe inside the app', { url: 'app://dijkwacht/index.html', parent: APP }],
    ['a file:// page', { url: 'file:///tmp/index.html', parent: null }],
    ['a web page', { url: 'https://evil.example/', parent: null }],
    ['a destroyed frame', null],
  ];
  for (const [name, frame] of strangers) {
    it(`refuses ${name} before the handler runs`, async () => {
      const { invoke, calls } = setUp();
      for (const channel of invokeChannels) {
        await assert.rejects(
          invoke(channel, frame),
          new IpcRejection('IPC from an untrusted sender'),
        );
      }
      assert.deepEqual(calls, []);
    });
  }

  it('refuses a bad payload from the app before the handler runs', async () => {
    const { invoke, calls } = setUp();
    await assert.rejects(
      invoke('contacts:get', APP, { all: true }),
      new IpcRejection('invalid payload for contacts:get'),
    );
    assert.deepEqual(calls, []);
  });

  it('refuses a domain:detail or link:open off contract before the handler runs', async () => {
    const { invoke, calls } = setUp();
    for (const [channel, payload] of [
      ['domain:detail', { domain: 'nowhere' }],
      ['link:open', { url: 'x'.repeat(10_000) }],
      ['link:open', { url: 'https://topdesk.example/', open: true }],
    ] as const)
      await assert.rejects(
        invoke(channel, APP, payload),
        new IpcRejection(`invalid payload for ${channel}`),
      );
    assert.deepEqual(calls, []);
  });
});

describe('push', () => {
  function fakeContents(destroyed: boolean) {
    const sent: [string, unknown][] = [];
    const contents = {
      isDestroyed: () => destroyed,
      send: (channel: string, payload: unknown) => sent.push([channel, payload]),
    };
    return { contents: contents as unknown as WebContents, sent };
  }

  it('sends a contract event to a live window', () => {
    const { contents, sent } = fakeContents(false);
    push(contents, 'status:changed', SNAPSHOT);
    assert.deepEqual(sent, [['status:changed', SNAPSHOT]]);
  });

  it('does nothing for a closed window', () => {
    const { contents, sent } = fakeContents(true);
    push(contents, 'status:changed', SNAPSHOT);
    assert.deepEqual(sent, []);
  });

  it('does not send an event outside the contract', () => {
    const { contents, sent } = fakeContents(false);
    push(contents, 'secrets:dump' as 'status:changed', SNAPSHOT);
    assert.deepEqual(sent, []);
  });
});
