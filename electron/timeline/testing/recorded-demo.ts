import { parseConfigText, type Config } from '../../../shared/config/parse-config.ts';
import { defaultPlaybook } from '../../../shared/playbook/playbook.ts';
import type { Snapshot } from '../../../shared/snapshot/snapshot-schema.ts';
import type { TimelineStore } from '../../../shared/timeline/timeline-store.ts';
import { Collector } from '../../collector/collector.ts';
import { createSourceClient } from '../../sources/create-client.ts';
import { DEMO_ENV, demoConfigText } from '../../simulator/demo-config.ts';
import { startDemoWorld, type DemoWorld } from '../../simulator/demo-world.ts';
import { ScenarioDriver } from '../../simulator/scenario-driver.ts';
import { launchWeekend } from '../../simulator/scenario/launch-weekend.ts';
import { FakeClock } from '../../time/testing/fake-clock.ts';
import { TimelineKeeper } from '../timeline-keeper.ts';

export const DEMO_SPEED = 20;
/** One scenario minute at the demo's speed: the demo polls once per step. */
export const STEP_MS = 60_000 / DEMO_SPEED;

/**
 * The demo's story on a clock the test moves, recorded to a store: the servers, the scenario,
 * the collector and the timeline all read the same clock, so a scenario hour takes a second.
 */
export class RecordedDemo {
  /**
   * Moved a step at a time by `step`; a sleep in a poll (StatusCake's rate limiter) passes
   * at once and moves it on, as the wait would have.
   */
  readonly clock: FakeClock;
  readonly world: DemoWorld;
  readonly config: Config;
  readonly #driver: ScenarioDriver;

  private constructor(world: DemoWorld, clock: FakeClock) {
    this.world = world;
    this.clock = clock;
    this.#driver = new ScenarioDriver(launchWeekend, world, DEMO_SPEED);
    const parsed = parseConfigText(demoConfigText(world.endpoints, DEMO_SPEED), {
      fileName: 'demo',
      env: DEMO_ENV,
    });
    if (!parsed.ok) throw parsed.error;
    this.config = parsed.value;
  }

  static async start(): Promise<RecordedDemo> {
    const clock = new FakeClock('2026-11-29T08:00:00.000Z', { autoAdvance: true });
    const world = await startDemoWorld({ clock });
    return new RecordedDemo(world, clock);
  }

  /** A collector recording to `store`, as the app or `collect` would start one. */
  async collector(
    store: TimelineStore,
    log?: (line: string) => void,
  ): Promise<{ collector: Collector; keeper: TimelineKeeper }> {
    const keeper = await TimelineKeeper.open({
      store,
      config: this.config,
      playbook: defaultPlaybook,
      clock: this.clock,
      ...(log ? { log } : {}),
    });
    const collector = new Collector({
      config: this.config,
      playbook: defaultPlaybook,
      demo: true,
      // Every poll gets the test's clock: StatusCake's rate limiter sleeps on it too.
      createClient: createSourceClient,
      clock: this.clock,
      timeline: keeper,
    });
    return { collector, keeper };
  }

  /** One scenario minute: the story moves, every source is polled, the timeline written. */
  async step(recording: { collector: Collector; keeper: TimelineKeeper }): Promise<Snapshot> {
    this.#driver.tick();
    await recording.collector.pollAllOnce();
    await recording.keeper.flush();
    const snapshot = recording.collector.snapshot();
    this.clock.advance(STEP_MS);
    return snapshot;
  }

  close(): Promise<void> {
    return this.world.close();
  }
}
