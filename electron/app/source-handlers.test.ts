import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { parseConfigText } from '../../shared/config/parse-config.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import {
  sourceControlResultSchema,
  sourcesDetailSchema,
} from '../../shared/sources/source-detail.ts';
import { MemoryTimelineStore } from '../../shared/timeline/testing/memory-store.ts';
import { FakeClock } from '../time/testing/fake-clock.ts';
import { startCollecting } from '../timeline/collecting.ts';
import { sourceHandlers } from './source-handlers.ts';

const CONFIG = `
sources:
  - { id: td, kind: topdesk, url: "https://td.example", username: u, password: { env: P }, timeout: 1s }
  - { id: am, kind: alertmanager, url: "http://127.0.0.1:9093", timeout: 1s }
`;

function config() {
  const parsed = parseConfigText(CONFIG, { fileName: 'test.yaml', env: { P: 'password-x' } });
  if (!parsed.ok) throw parsed.error;
  return parsed.value;
}

async function settle(): Promise<void> {
  for (let turn = 0; turn < 10; turn++) await nextTurn();
}

/** A recording collector on a memory store, both sources quiet, and the sources' handlers. */
async function seat(operator: string | null = 'Anna') {
  const clock = new FakeClock('2026-11-29T08:00:00.000Z');
  const store = new MemoryTimelineStore({ now: () => new Date(clock.now()) });
  let polls = 0;
  const collecting = await startCollecting({
    store,
    config: config(),
    playbook: defaultPlaybook,
    demo: false,
    version: 'test',
    label: 'test',
    createClient: (source) => ({
      poll: async () =>
        source.kind === 'topdesk'
          ? (polls++, { kind: 'topdesk', tickets: [] })
          : { kind: 'alertmanager', alerts: [] },
    }),
    clock,
  });
  await settle();
  await collecting.keeper.flush();
  const handlers = sourceHandlers({
    collector: collecting.collector,
    keeper: collecting.keeper,
    operator: { get: async () => operator },
    playbook: defaultPlaybook,
    clock,
  });
  const events = async () => store.read({ order: 'asc' });
  return { clock, store, collecting, handlers, events, polls: () => polls };
}

describe('the sources handlers', () => {
  it('pause: logs a note by the operator, then the source reads stale and the change is logged', async () => {
    const { handlers, collecting, events } = await seat();
    const before = (await events()).length;
    const result = await handlers['source:pause']({ id: 'td', reason: 'onderhoud TOPdesk' });
    sourceControlResultSchema.parse(result);
    assert.equal(result.source.health, 'stale');
    assert.deepEqual(result.source.paused, { since: '2026-11-29T08:00:00.000Z', by: 'Anna' });
    assert.deepEqual(result.poll, { status: 'paused' });
    await collecting.keeper.flush();
    const added = (await events()).slice(before);
    assert.deepEqual(
      added.slice(0, 2).map((event) => [event.kind, event.actor, event.source, event.summary]),
      [
        ['note', 'Anna', null, 'Bron td gepauzeerd: onderhoud TOPdesk'],
        ['source-health', 'system', 'td', 'Bron td: in orde → verouderd'],
      ],
    );
    const snapshot = collecting.collector.snapshot();
    const fed = snapshot.domains.filter((domain) => domain.sources.includes('td'));
    assert.ok(fed.length > 0 && fed.every((domain) => domain.status === 'unknown'));
    await collecting.stop();
  });

  it('resume: logs a note, and the source is polled again', async () => {
    const { handlers, collecting, events, clock, polls } = await seat();
    await handlers['source:pause']({ id: 'td' });
    clock.advance(10_000);
    await settle();
    const pollsWhilePaused = polls();
    const result = await handlers['source:resume']({ id: 'td' });
    assert.equal(result.source.paused, null);
    assert.deepEqual(result.poll, { status: 'polling' });
    await settle();
    assert.equal(polls(), pollsWhilePaused + 1);
    await collecting.keeper.flush();
    const notes = (await events()).filter((event) => event.kind === 'note');
    assert.deepEqual(
      notes.map((event) => event.summary),
      ['Bron td gepauzeerd', 'Bron td hervat'],
    );
    await collecting.stop();
  });

  it('refuses a source that is not in the config, and writes nothing', async () => {
    const { handlers, collecting, events } = await seat();
    const before = (await events()).length;
    for (const call of [
      () => handlers['source:pause']({ id: 'elsewhere' }),
      () => handlers['source:resume']({ id: 'elsewhere' }),
      () => handlers['source:poll-now']({ id: '__proto__' }),
    ])
      await assert.rejects(call(), /Onbekende bron .* \/ Unknown source/);
    await collecting.keeper.flush();
    assert.equal((await events()).length, before);
    await collecting.stop();
  });

  it('refuses to pause twice or resume what is not paused, with one note only', async () => {
    const { handlers, collecting, events } = await seat();
    await assert.rejects(handlers['source:resume']({ id: 'td' }), /niet gepauzeerd/);
    const [first, second] = await Promise.allSettled([
      handlers['source:pause']({ id: 'td' }),
      handlers['source:pause']({ id: 'td' }),
    ]);
    assert.equal(first?.status, 'fulfilled');
    assert.equal(second?.status, 'rejected');
    const notes = (await events()).filter((event) => event.kind === 'note');
    assert.equal(notes.length, 1);
    await collecting.stop();
  });

  it('refuses to pause before the seat has an operator, and leaves the source polled', async () => {
    const { handlers, collecting } = await seat(null);
    await assert.rejects(handlers['source:pause']({ id: 'td' }), /Enter your name first/);
    assert.equal(collecting.collector.pausedState('td'), null);
    await collecting.stop();
  });

  it('poll now: says when, rather than polling a source that was just polled', async () => {
    const { handlers, collecting, polls } = await seat();
    const result = await handlers['source:poll-now']({ id: 'td' });
    assert.deepEqual(result.poll, {
      status: 'scheduled',
      at: '2026-11-29T08:00:05.000Z',
      reason: 'just-polled',
    });
    assert.equal(polls(), 1);
    await collecting.stop();
  });

  it('detail: every configured source, valid by the contract', async () => {
    const { handlers, collecting } = await seat();
    const detail = sourcesDetailSchema.parse(await handlers['sources:detail'](undefined));
    assert.deepEqual(
      detail.sources.map((source) => [source.id, source.health, source.recentPolls.length]),
      [
        ['td', 'ok', 1],
        ['am', 'ok', 1],
      ],
    );
    await collecting.stop();
  });
});
