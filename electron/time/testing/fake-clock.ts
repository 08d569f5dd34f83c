import type { Clock } from '../clock.ts';

interface Sleeper {
  readonly until: number;
  readonly resolve: () => void;
}

/**
 * A clock a test moves. Wall and monotonic time move together, unless a test jumps the wall
 * clock alone (`jumpWall`), as an NTP correction or a laptop's sleep does. A sleep resolves
 * when `advance` passes its end — or at once with `autoAdvance`, for code that sleeps inside
 * one awaited call (a rate limiter), where the test cannot step in between.
 */
export class FakeClock implements Clock {
  #wall: number;
  #monotonic = 0;
  #sleepers: Sleeper[] = [];
  readonly #autoAdvance: boolean;
  /** Every sleep asked for, in ms, in order. */
  readonly sleeps: number[] = [];

  constructor(
    start: number | string | Date = '2026-11-29T08:00:00.000Z',
    options: { autoAdvance?: boolean } = {},
  ) {
    this.#wall = new Date(start).getTime();
    this.#autoAdvance = options.autoAdvance ?? false;
  }

  now = (): number => this.#wall;

  monotonic = (): number => this.#monotonic;

  sleep = (ms: number, signal?: AbortSignal): Promise<void> => {
    signal?.throwIfAborted();
    this.sleeps.push(ms);
    if (this.#autoAdvance) {
      this.advance(Math.max(0, ms));
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const sleeper = { until: this.#monotonic + Math.max(0, ms), resolve };
      this.#sleepers.push(sleeper);
      signal?.addEventListener(
        'abort',
        () => {
          this.#sleepers = this.#sleepers.filter((other) => other !== sleeper);
          reject(signal.reason);
        },
        { once: true },
      );
    });
  };

  /** Moves both clocks on, waking every sleep that ends by then. */
  advance(ms: number): void {
    this.#wall += ms;
    this.#monotonic += ms;
    const due = this.#sleepers.filter((sleeper) => sleeper.until <= this.#monotonic);
    this.#sleepers = this.#sleepers.filter((sleeper) => sleeper.until > this.#monotonic);
    for (const sleeper of due) sleeper.resolve();
  }

  /** Moves the wall clock alone (an NTP step, a sleep of the laptop): intervals do not change. */
  jumpWall(ms: number): void {
    this.#wall += ms;
  }
}
