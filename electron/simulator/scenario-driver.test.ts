import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { FakeClock } from '../time/testing/fake-clock.ts';
import { startDemoWorld, type DemoWorld } from './demo-world.ts';
import { ScenarioDriver } from './scenario-driver.ts';
import { launchWeekend } from './scenario/launch-weekend.ts';

/**
 * A wall runs the demo for days, and the soak at a high speed for hours: what the demo's
 * servers hold must level off, not grow with every cycle of the story.
 */
const SPEED = 120;
const MINUTE_MS = 60_000 / SPEED;
const CYCLE_MS = launchWeekend.lengthMinutes * MINUTE_MS;

describe('ScenarioDriver over many cycles', () => {
  const clock = new FakeClock('2026-11-29T08:00:00.000Z');
  let world: DemoWorld;
  const sizes: { incidents: number; documents: number }[] = [];

  before(async () => {
    world = await startDemoWorld({ clock });
    const driver = new ScenarioDriver(launchWeekend, world, SPEED);
    // Ten cycles, in the driver's own ticks of a quarter second.
    for (let cycle = 0; cycle < 10; cycle++) {
      for (let at = 0; at < CYCLE_MS; at += 250) {
        driver.tick();
        clock.advance(250);
      }
      sizes.push({
        incidents: world.topdesk.incidents.all().length,
        documents: world.elasticsearch.documentCount(),
      });
    }
  });
  after(() => world.close());

  it('keeps the incidents and log documents of the last scenario hours only', () => {
    const [early, late] = [sizes[3]!, sizes.at(-1)!];
    assert.ok(early.incidents > 0 && early.documents > 0, JSON.stringify(sizes));
    assert.ok(late.incidents <= early.incidents * 1.1, JSON.stringify(sizes));
    assert.ok(late.documents <= early.documents * 1.1, JSON.stringify(sizes));
  });

  it('still has every incident of the running cycle', () => {
    const opened = launchWeekend.events.filter((event) => event.type === 'ticket-open').length;
    assert.ok(sizes.at(-1)!.incidents >= opened, JSON.stringify(sizes));
  });
});
