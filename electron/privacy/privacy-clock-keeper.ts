import {
  planAwareness,
  planDecision,
  planStart,
  PrivacyClockError,
  type ClockPlan,
  type PlanContext,
  type Recorded,
} from '../../shared/privacy/clock-changes.ts';
import type {
  PrivacyAwarenessRequest,
  PrivacyClock,
  PrivacyClocks,
  PrivacyDecisionRequest,
  PrivacyProblem,
} from '../../shared/privacy/clock-schema.ts';
import type { PrivacyIncident } from '../../shared/privacy/incidents.ts';
import { PrivacyClockFileError, type PrivacyClockFile } from './clock-file.ts';

export interface PrivacyClockKeeperOptions {
  readonly file: PrivacyClockFile;
  readonly timeZone: string;
  /** The privacy domain's title in the playbook, for the events' summaries. */
  readonly domainTitle: string;
  /** Wall time, ms since the epoch. */
  readonly now: () => number;
  /** Writes the plan's event on the timeline as `actor`; resolves once it is durable. */
  readonly record: (plan: ClockPlan, actor: string) => Promise<Recorded>;
  /** Shows what was written at once (the viewers hear of the new event). */
  readonly announce: () => Promise<void>;
}

type Planner = (clocks: readonly PrivacyClock[], context: PlanContext) => ClockPlan;

/**
 * The seat's privacy clocks in memory, read from their file once and written back after every
 * change (docs/privacy-clock.md). Changes run one at a time: each is planned against the
 * clocks as they are, logged on the timeline, applied, saved, and only then announced, so a
 * viewer that hears of the event and asks finds the clock already changed.
 */
export class PrivacyClockKeeper {
  readonly #options: PrivacyClockKeeperOptions;
  /** Null until the file was read. */
  #clocks: PrivacyClock[] | null = null;
  #problem: PrivacyProblem | null = null;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: PrivacyClockKeeperOptions) {
    this.#options = options;
  }

  /** The clocks, and why they may not be all there is; tries an unread or unsaved file again. */
  answer(): Promise<PrivacyClocks> {
    return this.#serially(async () => {
      await this.#load();
      if (this.#problem?.kind === 'unsaved') await this.#save();
      return this.#answer();
    });
  }

  start(incident: PrivacyIncident, actor: string): Promise<PrivacyClocks> {
    return this.#change(actor, (clocks, context) => planStart(clocks, incident, context));
  }

  setAwareness(request: PrivacyAwarenessRequest, actor: string): Promise<PrivacyClocks> {
    return this.#change(actor, (clocks, context) => planAwareness(clocks, request, context));
  }

  decide(request: PrivacyDecisionRequest, actor: string): Promise<PrivacyClocks> {
    return this.#change(actor, (clocks, context) => planDecision(clocks, request, context));
  }

  #change(actor: string, planner: Planner): Promise<PrivacyClocks> {
    return this.#serially(async () => {
      const clocks = await this.#load();
      if (clocks === null)
        throw new PrivacyClockError(
          `the privacy clocks cannot be read (${this.#problem?.detail ?? 'unknown'}), so none can be changed: fix or move ${this.#options.file.file}`,
        );
      const plan = planner(clocks, {
        now: this.#options.now(),
        timeZone: this.#options.timeZone,
        domainTitle: this.#options.domainTitle,
      });
      const recorded = await this.#options.record(plan, actor);
      // Logged, so it happened: kept in memory even if the file refuses it (then retried).
      this.#clocks = plan.apply(recorded);
      await this.#save();
      await this.#options.announce();
      return this.#answer();
    });
  }

  async #load(): Promise<PrivacyClock[] | null> {
    if (this.#clocks !== null) return this.#clocks;
    try {
      this.#clocks = await this.#options.file.read();
      this.#problem = null;
    } catch (error) {
      this.#problem = this.#problemOf('unreadable', error);
    }
    return this.#clocks;
  }

  async #save(): Promise<void> {
    if (this.#clocks === null) return;
    try {
      await this.#options.file.write(this.#clocks);
      this.#problem = null;
    } catch (error) {
      this.#problem = this.#problemOf('unsaved', error);
    }
  }

  #problemOf(kind: PrivacyProblem['kind'], error: unknown): PrivacyProblem {
    const detail =
      error instanceof PrivacyClockFileError
        ? error.detail
        : error instanceof Error
          ? error.message
          : String(error);
    return { kind, file: this.#options.file.file, detail: detail.slice(0, 1000) };
  }

  #answer(): PrivacyClocks {
    return { clocks: [...(this.#clocks ?? [])], problem: this.#problem };
  }

  #serially<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(work);
    this.#queue = next.catch(() => undefined);
    return next;
  }
}
