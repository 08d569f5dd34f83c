import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { parseConfigText } from '../../shared/config/parse-config.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import { snapshotSchema, type Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import { sourceDetailSchema } from '../../shared/sources/source-detail.ts';
import type { SourceClient, SourceConfig } from '../sources/source-client.ts';
import { FakeClock } from '../time/testing/fake-clock.ts';
import { Collector } from './collector.ts';

// Each source feeds domains of its own: TOPdesk the helpdesk, Alertmanager alerting.
const CONFIG = `
sources:
  - { id: td, kind: topdesk, url: "https://td.example", username: u, password: { env: P }, timeout: 1s }
  - { id: am, kind: alertmanager, url: "http://127.0.0.1:9093", timeout: 1s }
`;

function config() {
  const parsed = parseConfigText(CONFIG, { fileName: 'test.yaml', env: { P: 'password-x' } });
  if (!parsed.ok) throw parsed.error;
  const sources = parsed.value.sources.map((source) => ({ ...source, interval: 10_000 }));
  return { ...parsed.value, sources };
}

async function run(clock: FakeClock, ms: number): Promise<void> {
  const settle = async () => {
    for (let turn = 0; turn < 5; turn++) await nextTurn();
  };
  await settle();
  for (let passed = 0; passed < ms; passed += 10) {
    clock.advance(10);
    await settle();
  }
}

/** Both sources answer at once with nothing to report, and count their polls. */
function quietCollector(clock: FakeClock) {
  const polls = { td: 0, am: 0 };
  const clients: Record<string, SourceClient> = {
    td: {
      poll: async (context) => {
        polls.td++;
        await context.clock.sleep(polls.td * 100);
        return { kind: 'topdesk', tickets: [] };
      },
    },
    am: { poll: async () => (polls.am++, { kind: 'alertmanager', alerts: [] }) },
  };
  const collector = new Collector({
    config: config(),
    playbook: defaultPlaybook,
    demo: false,
    createClient: (source: SourceConfig) => clients[source.id] as SourceClient,
    clock,
  });
  return { collector, polls };
}

const source = (snapshot: Snapshot, id: string) =>
  snapshot.sources.find((candidate) => candidate.id === id);
const fedBy = (snapshot: Snapshot, id: string) =>
  snapshot.domains.filter((domain) => domain.sources.includes(id));

describe('Collector: a paused source', () => {
  it('reads stale at once, never ok, and turns the domains it feeds unknown', async () => {
    const clock = new FakeClock('2026-11-29T08:00:00.000Z');
    const { collector } = quietCollector(clock);
    const seen: Snapshot[] = [];
    collector.subscribe((snapshot) => seen.push(snapshot));
    collector.start();
    await run(clock, 500);
    const before = collector.snapshot();
    assert.equal(source(before, 'td')?.health, 'ok');
    assert.ok(fedBy(before, 'td').length > 0);
    assert.ok(fedBy(before, 'td').every((domain) => domain.status === 'ok'));
    assert.equal('paused' in (source(before, 'td') ?? {}), false, 'no field until paused');

    assert.equal(collector.pause('td', 'Anna'), true);
    const published = seen.at(-1);
    assert.ok(published);
    assert.equal(source(published, 'td')?.health, 'stale', 'published at once');
    assert.deepEqual(source(published, 'td')?.paused, {
      since: '2026-11-29T08:00:00.500Z',
      by: 'Anna',
    });
    assert.equal(source(published, 'td')?.nextPollAt, null);
    for (const domain of fedBy(published, 'td')) assert.equal(domain.status, 'unknown', domain.id);
    assert.equal(source(published, 'am')?.health, 'ok', 'the other source is untouched');
    snapshotSchema.parse(published);
    await collector.stop();
  });

  it('stays stale while paused, however fresh its last data', async () => {
    const clock = new FakeClock();
    const { collector, polls } = quietCollector(clock);
    collector.start();
    await run(clock, 500);
    collector.pause('td', 'Anna');
    await run(clock, 60_000);
    assert.equal(polls.td, 1, 'not polled while paused');
    assert.ok(polls.am >= 6, 'the other source is polled as ever');
    assert.equal(source(collector.snapshot(), 'td')?.health, 'stale');
    assert.equal(collector.pause('td', 'Bram'), false, 'paused already: nothing changes');
    assert.equal(collector.pausedState('td')?.by, 'Anna');
    await collector.stop();
  });

  it('polls again soon after resume and reads ok again', async () => {
    const clock = new FakeClock();
    const { collector, polls } = quietCollector(clock);
    collector.start();
    await run(clock, 500);
    collector.pause('td', 'Anna');
    await run(clock, 30_000);
    assert.deepEqual(collector.resume('td'), { status: 'polling' });
    assert.equal(collector.resume('td'), null, 'not paused any more');
    await run(clock, 500);
    assert.equal(polls.td, 2);
    const after = collector.snapshot();
    assert.equal(source(after, 'td')?.health, 'ok');
    assert.equal(source(after, 'td')?.paused, undefined);
    assert.ok(fedBy(after, 'td').every((domain) => domain.status === 'ok'));
    await collector.stop();
  });

  it('refuses a source that is not configured', () => {
    const { collector } = quietCollector(new FakeClock());
    assert.equal(collector.hasSource('nope'), false);
    assert.throws(() => collector.pause('nope', 'Anna'), /no source "nope"/);
    assert.throws(() => collector.pollNow('nope'), /no source "nope"/);
  });
});

describe('Collector: the sources page detail', () => {
  it('keeps the last ten polls with their durations, their median and the longest', async () => {
    const clock = new FakeClock();
    const { collector } = quietCollector(clock);
    collector.start();
    await run(clock, 12 * 10_000 + 2_000);
    const td = collector.sourceDetails().find((detail) => detail.id === 'td');
    assert.ok(td);
    sourceDetailSchema.parse(td);
    // Poll n sleeps n × 100 ms: the last ten are polls 4 to 13.
    assert.deepEqual(
      td.recentPolls.map((poll) => poll.durationMs),
      [400, 500, 600, 700, 800, 900, 1000, 1100, 1200, 1300],
    );
    assert.deepEqual(td.latency, { count: 10, medianMs: 850, maxMs: 1300 });
    assert.equal(td.paused, null);
    assert.equal(td.intervalMs, 10_000);
    assert.ok(td.nextPollAt);
    await collector.stop();
  });

  it('says a poll is running, and when the next one comes', async () => {
    const clock = new FakeClock('2026-11-29T08:00:00.000Z');
    const { collector } = quietCollector(clock);
    collector.start();
    await run(clock, 50);
    assert.equal(collector.sourceDetails()[0]?.polling, true);
    await run(clock, 100);
    const td = collector.sourceDetails()[0];
    assert.equal(td?.polling, false);
    assert.equal(td?.nextPollAt, '2026-11-29T08:00:10.000Z');
    await collector.stop();
  });
});
