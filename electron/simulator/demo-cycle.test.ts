import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseConfigText } from '../../shared/config/parse-config.ts';
import type { Mark } from '../../shared/marks/mark.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import { describeMark } from '../../shared/text/marks.ts';
import { Collector } from '../collector/collector.ts';
import { createSourceClient } from '../sources/create-client.ts';
import { FakeClock } from '../time/testing/fake-clock.ts';
import { DEMO_ENV, demoConfigText } from './demo-config.ts';
import { startDemoWorld, type DemoWorld } from './demo-world.ts';
import { ScenarioDriver } from './scenario-driver.ts';
import { launchWeekend } from './scenario/launch-weekend.ts';

/**
 * The demo's story, a whole cycle and the start of the next, on a clock the test moves: the
 * servers, the scenario and the collector all read it, so 200 scenario minutes take seconds.
 * Polled once per scenario minute (the demo's interval at speed 20), as the app would. A
 * sleep in a poll (StatusCake's rate limiter) passes at once and moves the clock on.
 */
const SPEED = 20;
const STEP_MS = 60_000 / SPEED;
const CYCLE_STEPS = launchWeekend.lengthMinutes;

interface Seen {
  readonly minute: number;
  readonly phase: string;
  readonly snapshot: Snapshot;
}

describe('the demo cycle at its speed', () => {
  const clock = new FakeClock('2026-11-29T08:00:00.000Z', { autoAdvance: true });
  const seen: Seen[] = [];
  let world: DemoWorld;

  before(async () => {
    world = await startDemoWorld({ clock });
    const driver = new ScenarioDriver(launchWeekend, world, SPEED);
    const parsed = parseConfigText(demoConfigText(world.endpoints, SPEED), {
      fileName: 'demo',
      env: DEMO_ENV,
    });
    if (!parsed.ok) throw parsed.error;
    const collector = new Collector({
      config: parsed.value,
      playbook: defaultPlaybook,
      demo: true,
      createClient: createSourceClient,
      clock,
    });
    for (let step = 0; step <= CYCLE_STEPS + 20; step++) {
      driver.tick();
      await collector.pollAllOnce();
      seen.push({ minute: step, phase: driver.phase(), snapshot: collector.snapshot() });
      clock.advance(STEP_MS);
    }
  });
  after(() => world.close());

  const statusOf = (entry: Seen, domain: string) =>
    entry.snapshot.domains.find((candidate) => candidate.id === domain)?.status;
  const firstCycle = () => seen.filter((entry) => entry.minute < CYCLE_STEPS);

  it('starts quiet: every domain green once the sources have delivered', () => {
    assert.ok(
      seen.slice(2, 30).every((entry) => entry.snapshot.domains.every((d) => d.status === 'ok')),
    );
  });

  it('shows each incident of the story on its own domain', () => {
    for (const domain of [
      'helpdesk',
      'ggd-portal',
      'security',
      'privacy',
      'alerting',
      'escalation',
    ]) {
      assert.ok(
        firstCycle().some((entry) => statusOf(entry, domain) !== 'ok'),
        `${domain} never went off green`,
      );
    }
  });

  it('returns to green everywhere before the cycle starts again', () => {
    const recovery = firstCycle().filter((entry) => entry.phase === 'recovery');
    assert.ok(recovery.length > 0);
    const green = recovery.filter((entry) =>
      entry.snapshot.domains.every((d) => d.status === 'ok'),
    );
    assert.ok(green.length > 0, 'never all green in the recovery phase');
    const last = firstCycle().at(-1);
    assert.ok(
      last && last.snapshot.domains.every((d) => d.status === 'ok'),
      'not green at the end',
    );
  });

  it('shows no alert in two domains', () => {
    for (const entry of seen) {
      const owners = new Map<string, string>();
      for (const domain of entry.snapshot.domains)
        for (const mark of domain.marks) {
          if (mark.evidence.kind !== 'alert-firing') continue;
          const fingerprint = mark.evidence.alert.fingerprint;
          const owner = owners.get(fingerprint);
          assert.ok(!owner || owner === domain.id, `${fingerprint} in ${owner} and ${domain.id}`);
          owners.set(fingerprint, domain.id);
        }
    }
  });

  it('never shows a held figure as if it were current: a held mark says so, and its peak apart', () => {
    let held = 0;
    for (const entry of seen)
      for (const domain of entry.snapshot.domains)
        for (const mark of domain.marks.filter((candidate) => candidate.held)) {
          held++;
          const text = describe(mark, entry.snapshot);
          assert.match(text, /wordt opgeheven om \d\d:\d\d als het rustig blijft$/, text);
          if (mark.rule === 'ticket-spike' || mark.rule === 'query-threshold')
            assert.match(text, /[Nn]u \d+ .*piek \d+/, text);
        }
    assert.ok(held > 0, 'the cycle held no mark at all: this test would prove nothing');
  });

  function describe(mark: Mark, snapshot: Snapshot): string {
    return describeMark(mark, {
      language: 'nl',
      timeZone: 'Europe/Amsterdam',
      now: new Date(snapshot.generatedAt),
      playbook: defaultPlaybook,
    });
  }
});
