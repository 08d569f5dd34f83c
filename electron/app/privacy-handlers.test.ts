import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { invokeContract } from '../../shared/ipc/contract.ts';
import { sampleMark } from '../../shared/marks/testing/sample-marks.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import { MemoryTimelineStore } from '../../shared/timeline/testing/memory-store.ts';
import { PRIVACY_CLOCK_FILE } from '../privacy/clock-file.ts';
import { FakeClock } from '../time/testing/fake-clock.ts';
import { privacyHandlers } from './privacy-handlers.ts';

const CALLED = '2026-11-29T12:00:00.000Z';

const snapshot: Snapshot = {
  generatedAt: '2026-11-29T13:05:00.000Z',
  demo: false,
  timeline: null,
  sources: [],
  domains: [
    {
      id: 'privacy',
      status: 'critical',
      since: CALLED,
      sources: ['topdesk'],
      dataAt: CALLED,
      marks: [{ ...sampleMark('ticket-open'), seq: 3 }],
      roles: ['privacy-coordination'],
      line: { roles: [], redacted: true },
    },
  ],
};

let dataDir = '';
let store: MemoryTimelineStore;
let clock: FakeClock;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'dijkwacht-privacy-ipc-'));
  clock = new FakeClock('2026-11-29T13:05:00.000Z');
  store = new MemoryTimelineStore({ now: () => new Date(clock.now()) });
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

/** The handlers as the app wires them, over this test's store, clock and data folder. */
function seat(operator: string | null = 'Anna') {
  const seen = { catchUps: 0, publishes: 0 };
  const handlers = privacyHandlers({
    keeper: { store, catchUp: async () => void seen.catchUps++ },
    collector: { snapshot: () => snapshot, publish: () => void seen.publishes++ },
    playbook: defaultPlaybook,
    dataDir,
    timezone: 'Europe/Amsterdam',
    operatorName: async () => operator,
    clock,
  });
  return { handlers, seen };
}

const events = () => store.read({});
const start = { incident: { kind: 'ticket', ticketId: 't-1' } } as const;

describe('the privacy clock over IPC', () => {
  it('starts a clock as the operator and logs it on the timeline, shown at once', async () => {
    const { handlers, seen } = seat();
    const answer = await handlers['privacy:start'](start);
    invokeContract['privacy:start'].response.parse(answer);
    const [event] = await events();
    assert.equal(event?.kind, 'note');
    assert.equal(event?.domain, 'privacy');
    assert.equal(event?.actor, 'Anna');
    assert.deepEqual(event?.data, {});
    assert.match(
      event?.summary ?? '',
      /^Privacy: AP-meldtermijn \(72 uur\) gestart voor melding I 2611 042/,
    );
    assert.deepEqual(answer.clocks[0]?.started, { at: event?.at, by: 'Anna', seq: event?.seq });
    assert.equal(answer.clocks[0]?.awareness.at, CALLED);
    assert.deepEqual(seen, { catchUps: 1, publishes: 1 });
  });

  it('logs a new moment of awareness as a correction, its reason on one line', async () => {
    const { handlers } = seat();
    await handlers['privacy:start'](start);
    clock.advance(60_000);
    const answer = await handlers['privacy:set-awareness']({
      clockId: 'ticket:t-1',
      at: '2026-11-29T09:00:00.000Z',
      reason: 'FG wist het\nom 10:00 al',
    });
    const [started, changed] = await events();
    assert.equal(changed?.kind, 'note');
    assert.deepEqual(changed?.data, { corrects: started?.seq });
    assert.match(changed?.summary ?? '', / — FG wist het \/ om 10:00 al$/);
    assert.equal(answer.clocks[0]?.awareness.reason, 'FG wist het / om 10:00 al');
    assert.equal(answer.clocks[0]?.awareness.by, 'Anna');
  });

  it('records the AP decision as a decision event, which stops the clock', async () => {
    const { handlers } = seat();
    await handlers['privacy:start'](start);
    clock.advance(3_600_000);
    const answer = await handlers['privacy:decide']({
      clockId: 'ticket:t-1',
      notify: true,
      reason: 'Gegevens van 40 burgers',
    });
    const decision = (await events()).at(-1);
    assert.equal(decision?.kind, 'decision');
    assert.equal(decision?.domain, 'privacy');
    assert.equal(decision?.actor, 'Anna');
    assert.match(decision?.summary ?? '', /melden bij de AP: ja .* — Gegevens van 40 burgers$/);
    assert.deepEqual(answer.clocks[0]?.decision, {
      notify: true,
      reason: 'Gegevens van 40 burgers',
      at: decision?.at,
      by: 'Anna',
      seq: decision?.seq,
      corrections: 0,
    });
  });

  it('keeps the clocks over a restart', async () => {
    await seat().handlers['privacy:start'](start);
    const restarted = seat();
    const answer = await restarted.handlers['privacy:get'](undefined);
    assert.equal(answer.problem, null);
    assert.deepEqual(
      answer.clocks.map((kept) => kept.id),
      ['ticket:t-1'],
    );
  });

  it('refuses without an operator, and for an incident that is not open; writes nothing', async () => {
    await assert.rejects(seat(null).handlers['privacy:start'](start), /Enter your name first/);
    await assert.rejects(
      seat().handlers['privacy:start']({ incident: { kind: 'ticket', ticketId: 'gone' } }),
      /ticket gone is not an open privacy incident/,
    );
    await assert.rejects(
      seat().handlers['privacy:decide']({ clockId: 'ticket:t-1', notify: false, reason: 'x' }),
      /no privacy clock/,
    );
    assert.deepEqual(await events(), []);
  });

  it('says when the clock file is broken, and changes nothing then', async () => {
    await writeFile(path.join(dataDir, PRIVACY_CLOCK_FILE), '{"version":1,"timelines":');
    const { handlers } = seat();
    const answer = await handlers['privacy:get'](undefined);
    invokeContract['privacy:get'].response.parse(answer);
    assert.equal(answer.problem?.kind, 'unreadable');
    assert.equal(answer.problem?.file, path.join(dataDir, PRIVACY_CLOCK_FILE));
    await assert.rejects(handlers['privacy:start'](start), /cannot be read/);
    assert.deepEqual(await events(), []);
  });
});
