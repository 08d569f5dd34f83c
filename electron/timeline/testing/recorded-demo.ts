import { parseConfigText, type Config } from '../../../shared/config/parse-config.ts';
import { defaultPlaybook } from '../../../shared/playbook/playbook.ts';
import type { Snapshot } from '../../../shared/snapshot/snapshot-schema.ts';
import type { TimelineStore } from '../../../shared/timeline/timeline-store.ts';
import { Collector } from '../../collector/collector.ts';
import { createSourceClient } from '../../sources/create-client.ts';
import { scrubberForSource, scrubbingClient } from '../../sources/scrub/scrubbing-client.ts';
import type { SourceConfig } from '../../sources/source-client.ts';
import { createStatusCakeClient } from '../../sources/statuscake/statuscake-client.ts';
import { DEMO_ENV, demoConfigText } from '../../simulator/demo-config.ts';
import { startDemoWorld, type DemoWorld } from '../../simulator/demo-world.ts';
import { ScenarioDriver } from '../../simulator/scenario-driver.ts';
import { launchWeekend } from '../../simulator/scenario/launch-weekend.ts';
import { TimelineKeeper } from '../timeline-keeper.ts';

export const DEMO_SPEED = 20;
/** One scenario minute at the demo's speed: the demo polls once per step. */
export const STEP_MS = 60_000 / DEMO_SPEED;

/**
 * The demo's story on a clock the test moves, recorded to a store: the servers, the scenario,
 * the collector and the timeline all read the same clock, so a scenario hour takes a second.
 */
export class RecordedDemo {
  readonly #time: { ms: number };
  readonly world: DemoWorld;
  readonly config: Config;
  readonly #driver: ScenarioDriver;

  private constructor(world: DemoWorld, time: { ms: number }) {
    this.world = world;
    this.#time = time;
    this.#driver = new ScenarioDriver(launchWeekend, world, DEMO_SPEED, () => this.clock);
    const parsed = parseConfigText(demoConfigText(world.endpoints, DEMO_SPEED), {
      fileName: 'demo',
      env: DEMO_ENV,
    });
    if (!parsed.ok) throw parsed.error;
    this.config = parsed.value;
  }

  static async start(): Promise<RecordedDemo> {
    const time = { ms: Date.parse('2026-11-29T08:00:00.000Z') };
    const world = await startDemoWorld({ now: () => new Date(time.ms) });
    return new RecordedDemo(world, time);
  }

  /** The test's clock, in ms since the epoch. */
  get clock(): number {
    return this.#time.ms;
  }

  set clock(ms: number) {
    this.#time.ms = ms;
  }

  readonly now = (): Date => new Date(this.clock);

  /** A collector recording to `store`, as the app or `collect` would start one. */
  async collector(
    store: TimelineStore,
    log?: (line: string) => void,
  ): Promise<{ collector: Collector; keeper: TimelineKeeper }> {
    const keeper = await TimelineKeeper.open({
      store,
      config: this.config,
      playbook: defaultPlaybook,
      now: this.now,
      ...(log ? { log } : {}),
    });
    const collector = new Collector({
      config: this.config,
      playbook: defaultPlaybook,
      demo: true,
      createClient: (source) => this.#client(source),
      now: this.now,
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
    this.clock += STEP_MS;
    return snapshot;
  }

  close(): Promise<void> {
    return this.world.close();
  }

  /** StatusCake's client paces itself on a monotonic clock: it gets the test's. */
  #client(source: SourceConfig) {
    if (source.kind !== 'statuscake') return createSourceClient(source);
    const client = createStatusCakeClient(source, {
      clock: { now: () => this.clock, sleep: async (ms) => void (this.clock += ms) },
    });
    return scrubbingClient(client, scrubberForSource(source));
  }
}
