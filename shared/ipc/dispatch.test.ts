import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultPlaybook } from '../playbook/playbook.ts';
import type { Snapshot } from '../snapshot/snapshot-schema.ts';
import { DEFAULT_WALL_SETTINGS, invokeChannels, type AppInfo } from './contract.ts';
import { SAMPLE_CHARTS, timelineAnswers } from './testing/sample-answers.ts';
import { createInvokeDispatcher, IpcRejection, type InvokeHandlers } from './dispatch.ts';

const APP_INFO: AppInfo = {
  version: '0.1.0',
  title: 'Dijkwacht',
  timezone: 'Europe/Amsterdam',
  demo: true,
  configFile: null,
  wall: DEFAULT_WALL_SETTINGS,
};
const SNAPSHOT: Snapshot = {
  generatedAt: '2020-10-10T12:00:00.000Z',
  demo: true,
  timeline: null,
  sources: [],
  domains: [],
};
const CONTACT = { roleId: 'cio-director', name: 'Jan', phone: '', email: '' };

/** Handlers that record what they were called with. */
function recordingHandlers(
  overrides: Partial<Record<keyof InvokeHandlers, () => Promise<unknown>>> = {},
) {
  const calls: [string, unknown][] = [];
  const make = (channel: keyof InvokeHandlers, answer: unknown) => async (request: unknown) => {
    calls.push([channel, request]);
    return (overrides[channel] ? overrides[channel]() : answer) as never;
  };
  const handlers: InvokeHandlers = {
    'app:info': make('app:info', APP_INFO),
    'playbook:get': make('playbook:get', defaultPlaybook),
    'snapshot:get': make('snapshot:get', SNAPSHOT),
    'contacts:get': make('contacts:get', [CONTACT]),
    'charts:get': make('charts:get', SAMPLE_CHARTS),
    ...timelineHandlers(make),
  };
  return { handlers, calls };
}

/** The timeline's channels, each answering its sample through `make`. */
function timelineHandlers(
  make: (channel: keyof InvokeHandlers, answer: unknown) => (request: unknown) => Promise<never>,
) {
  return Object.fromEntries(
    Object.entries(timelineAnswers).map(([channel, answer]) => [
      channel,
      make(channel as keyof InvokeHandlers, answer),
    ]),
  ) as unknown as Omit<
    InvokeHandlers,
    'app:info' | 'playbook:get' | 'snapshot:get' | 'contacts:get' | 'charts:get'
  >;
}

describe('createInvokeDispatcher', () => {
  it('covers exactly the contract’s invoke channels', () => {
    assert.deepEqual(invokeChannels, [
      'app:info',
      'playbook:get',
      'snapshot:get',
      'contacts:get',
      'contacts:book',
      'contacts:import',
      'contacts:save',
      'contacts:remove',
      'clipboard:write',
      'charts:get',
      'timeline:page',
      'operator:get',
      'operator:set',
      'action:acknowledge',
      'action:snooze',
      'action:informed',
      'action:criterion',
      'action:log',
      'export:run',
      'domain:detail',
      'link:open',
      'sources:detail',
      'source:pause',
      'source:resume',
      'source:poll-now',
      'config:open',
      'privacy:get',
      'privacy:start',
      'privacy:set-awareness',
      'privacy:decide',
      'settings:get',
      'settings:set',
      'source:test',
      'source:add',
      'secret:set',
      'warroom:get',
      'warroom:test',
      'warroom:join',
      'warroom:leave',
    ]);
  });

  it('refuses an action whose text is empty or too long, or a snooze out of range', async () => {
    const { handlers, calls } = recordingHandlers();
    const dispatch = createInvokeDispatcher(handlers);
    for (const [channel, payload] of [
      ['action:log', { kind: 'note', text: '   ', domain: null }],
      ['action:log', { kind: 'note', text: 'x'.repeat(2001), domain: null }],
      ['action:snooze', { raisedSeq: 1, forMs: 1_000, reason: 'even wachten' }],
      ['action:informed', { domain: 'nowhere', role: 'bouwteam' }],
      ['timeline:page', { filter: {}, offset: 0, limit: 100_000 }],
      ['source:pause', { id: '' }],
      ['source:poll-now', { id: 'x'.repeat(201) }],
      ['domain:detail', { domain: 'nowhere' }],
      ['link:open', { url: 'x'.repeat(10_000) }],
      ['link:open', { url: 'https://evil.example', open: true }],
      ['privacy:set-awareness', { clockId: 'ticket:1', at: 'gisteren', reason: 'FG' }],
      ['privacy:decide', { clockId: 'ticket:1', notify: 'ja', reason: 'lek' }],
      ['privacy:decide', { clockId: 'ticket:1', notify: true, reason: '  ' }],
      ['secret:set', { source: 'topdesk', key: 'password', value: '' }],
      ['secret:set', { source: 'topdesk', key: 'cookie', value: 'long-enough-1' }],
      ['settings:set', { language: 'de' }],
      ['source:add', { kind: 'topdesk', id: 'x' }],
      ['warroom:test', { url: '   ' }],
      ['warroom:join', { url: 'postgres://db/warroom', password: '' }],
      ['warroom:join', { url: 'x'.repeat(3_000) }],
      ['warroom:leave', { url: 'postgres://db/warroom' }],
    ] as const)
      await assert.rejects(dispatch(channel, payload), IpcRejection);
    assert.deepEqual(calls, []);
  });

  const answers: [string, unknown][] = [
    ['app:info', APP_INFO],
    ['playbook:get', defaultPlaybook],
    ['snapshot:get', SNAPSHOT],
    ['contacts:get', [CONTACT]],
    ['charts:get', SAMPLE_CHARTS],
  ];
  for (const [channel, answer] of answers) {
    it(`answers ${channel} through its handler`, async () => {
      const { handlers, calls } = recordingHandlers();
      assert.deepEqual(await createInvokeDispatcher(handlers)(channel, undefined), answer);
      assert.deepEqual(calls, [[channel, undefined]]);
    });
  }

  for (const channel of [
    'app:quit',
    'toString',
    '__proto__',
    'constructor',
    'hasOwnProperty',
    '',
    42,
    null,
    undefined,
    { toString: () => 'app:info' },
  ]) {
    it(`rejects the unknown channel ${String(typeof channel === 'object' && channel ? 'object' : channel)} before any handler runs`, async () => {
      const { handlers, calls } = recordingHandlers();
      await assert.rejects(
        createInvokeDispatcher(handlers)(channel, undefined),
        (error: unknown) => {
          assert.ok(error instanceof IpcRejection);
          assert.equal(error.message, 'unknown IPC channel');
          assert.equal(error.name, 'IpcRejection');
          return true;
        },
      );
      assert.deepEqual(calls, []);
    });
  }

  for (const payload of [null, 0, '', 'x', {}, [], { channel: 'app:info' }]) {
    it(`rejects the payload ${JSON.stringify(payload)} without calling the handler`, async () => {
      const { handlers, calls } = recordingHandlers();
      await assert.rejects(
        createInvokeDispatcher(handlers)('snapshot:get', payload),
        new IpcRejection('invalid payload for snapshot:get'),
      );
      assert.deepEqual(calls, []);
    });
  }

  it('rejects an answer that breaks the contract', async () => {
    const bad: [keyof InvokeHandlers, unknown][] = [
      ['app:info', { ...APP_INFO, secret: 'x' }],
      ['app:info', { ...APP_INFO, demo: 'yes' }],
      ['snapshot:get', { ...SNAPSHOT, generatedAt: 'yesterday' }],
      ['contacts:get', [{ ...CONTACT, password: 'x' }]],
      ['playbook:get', { ...defaultPlaybook, domains: [] }],
    ];
    for (const [channel, answer] of bad) {
      const { handlers, calls } = recordingHandlers({ [channel]: async () => answer });
      await assert.rejects(
        createInvokeDispatcher(handlers)(channel, undefined),
        { name: 'ZodError' },
        channel,
      );
      assert.equal(calls.length, 1);
    }
  });

  it('passes a handler failure on as it is', async () => {
    const { handlers } = recordingHandlers({
      'snapshot:get': async () => Promise.reject(new Error('collector down')),
    });
    await assert.rejects(createInvokeDispatcher(handlers)('snapshot:get', undefined), {
      message: 'collector down',
    });
  });
});
