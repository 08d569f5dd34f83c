import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError } from '../../shared/config/config-issues.ts';
import type { ConfigOpenResult } from '../../shared/ipc/contract.ts';
import { FakeClock } from '../time/testing/fake-clock.ts';
import {
  openConfig,
  recoverFromUnusableConfig,
  settledWithin,
  type OpenConfigSteps,
  type RecoveryChoice,
} from './config-open.ts';

function steps(overrides: Partial<OpenConfigSteps> = {}) {
  const record = { remembered: [] as string[], restarted: [] as string[], logs: [] as string[] };
  const all: OpenConfigSteps = {
    choose: async () => '/etc/dijkwacht/war-room.yaml',
    validate: async () => {},
    remember: async (file) => void record.remembered.push(file),
    restart: (file) => void record.restarted.push(file),
    log: (line) => void record.logs.push(line),
    ...overrides,
  };
  return { steps: all, record };
}

/** Lets the task that restarts run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('openConfig', () => {
  it('does nothing when the dialog is cancelled', async () => {
    const { steps: s, record } = steps({ choose: async () => null });
    assert.deepEqual(await openConfig(s), { status: 'cancelled' });
    await settle();
    assert.deepEqual(record, { remembered: [], restarted: [], logs: [] });
  });

  it('checks, remembers and restarts on a usable file — the restart after the answer', async () => {
    const { steps: s, record } = steps();
    const result = await openConfig(s);
    assert.deepEqual(result, { status: 'opened', file: '/etc/dijkwacht/war-room.yaml' });
    assert.deepEqual(record.remembered, ['/etc/dijkwacht/war-room.yaml']);
    assert.deepEqual(record.restarted, [], 'restarted before answering');
    await settle();
    assert.deepEqual(record.restarted, ['/etc/dijkwacht/war-room.yaml']);
  });

  it('changes nothing for a file that cannot be used, and says what is wrong where', async () => {
    const problem = new ConfigError('/etc/dijkwacht/war-room.yaml', [
      {
        path: 'sources[1].interval',
        message: 'expected a duration from 5s to 1d',
        position: { line: 11, column: 15 },
      },
    ]);
    const { steps: s, record } = steps({
      validate: async () => {
        throw problem;
      },
    });
    const result = await openConfig(s);
    assert.deepEqual(result, {
      status: 'invalid',
      file: '/etc/dijkwacht/war-room.yaml',
      message:
        '/etc/dijkwacht/war-room.yaml:11:15: sources[1].interval: expected a duration from 5s to 1d',
    });
    await settle();
    assert.deepEqual(record.remembered, []);
    assert.deepEqual(record.restarted, []);
  });

  it('cuts a very long list of problems', async () => {
    const issues = Array.from({ length: 500 }, (_, index) => ({
      path: `sources[${index}].url`,
      message: 'expected an https URL',
    }));
    const { steps: s } = steps({
      validate: async () => {
        throw new ConfigError('/c.yaml', issues);
      },
    });
    const result = await openConfig(s);
    assert.equal(result.status, 'invalid');
    assert.ok(result.status === 'invalid' && result.message.length <= 8_002);
    assert.ok(result.status === 'invalid' && result.message.endsWith('…'));
  });

  it('still restarts on the file when it cannot be remembered (this start uses it anyway)', async () => {
    const { steps: s, record } = steps({
      remember: async () => {
        throw new Error('EROFS: read-only file system');
      },
    });
    assert.equal((await openConfig(s)).status, 'opened');
    await settle();
    assert.equal(record.restarted.length, 1);
    assert.match(record.logs.join('\n'), /cannot remember the configuration .*EROFS/);
  });
});

describe('recoverFromUnusableConfig', () => {
  function recovery(choices: RecoveryChoice[], results: ConfigOpenResult[]) {
    const asked: string[] = [];
    const done: string[] = [];
    return {
      asked,
      done,
      steps: {
        ask: async (problem: string) => {
          asked.push(problem);
          return choices.shift() ?? 'quit';
        },
        openConfig: async () => results.shift() ?? { status: 'cancelled' as const },
        startDemo: () => void done.push('demo'),
        quit: () => void done.push('quit'),
      },
    };
  }

  it('starts the demo when asked', async () => {
    const r = recovery(['demo'], []);
    await recoverFromUnusableConfig('broken', r.steps);
    assert.deepEqual(r.done, ['demo']);
  });

  it('quits when asked', async () => {
    const r = recovery(['quit'], []);
    await recoverFromUnusableConfig('broken', r.steps);
    assert.deepEqual(r.done, ['quit']);
  });

  it('ends once another config is opened (the app restarts on it)', async () => {
    const r = recovery(['open'], [{ status: 'opened', file: '/good.yaml' }]);
    await recoverFromUnusableConfig('broken', r.steps);
    assert.deepEqual(r.done, []);
    assert.deepEqual(r.asked, ['broken']);
  });

  it("asks again after a cancelled dialog, and shows the other file's problem after a bad one", async () => {
    const r = recovery(
      ['open', 'open', 'demo'],
      [{ status: 'cancelled' }, { status: 'invalid', file: '/other.yaml', message: 'other: bad' }],
    );
    await recoverFromUnusableConfig('first: bad', r.steps);
    assert.deepEqual(r.asked, ['first: bad', 'first: bad', 'other: bad']);
    assert.deepEqual(r.done, ['demo']);
  });

  it('quits rather than loop where no dialog exists', async () => {
    const r = recovery(['open', 'open'], [{ status: 'unavailable' }]);
    await recoverFromUnusableConfig('broken', r.steps);
    assert.deepEqual(r.done, ['quit']);
  });
});

describe('settledWithin', () => {
  it('is true when the work ends in time', async () => {
    const clock = new FakeClock();
    assert.equal(await settledWithin(Promise.resolve(), 1_000, clock), true);
  });

  it('is false when the work hangs past the limit', async () => {
    const clock = new FakeClock();
    const waiting = settledWithin(new Promise(() => {}), 1_000, clock);
    clock.advance(1_000);
    assert.equal(await waiting, false);
  });

  it('passes on a failure of the work', async () => {
    const clock = new FakeClock();
    await assert.rejects(settledWithin(Promise.reject(new Error('disk')), 1_000, clock), /disk/);
  });
});
