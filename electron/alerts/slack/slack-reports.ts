import { formatSeconds } from './post-once.ts';

/**
 * What a webhook's queue says in the log, once per episode rather than once per message: a
 * Slack that refuses every message says so once until a message gets through again. Each
 * line names the line ("alerting line") and what Slack answered, never the URL.
 */
export class SlackReports {
  readonly #label: string;
  readonly #log: (line: string) => void;
  #lastProblem: string | null = null;
  #rateLimited = false;
  #overflowing = false;

  constructor(label: string, log: (line: string) => void) {
    this.#label = label;
    this.#log = log;
  }

  delivered(): void {
    if (this.#lastProblem !== null || this.#rateLimited) this.#say('messages get through again');
    this.#lastProblem = null;
    this.#rateLimited = false;
  }

  /** Nothing waits any more: a later overflow is a new one. */
  drained(): void {
    this.#overflowing = false;
  }

  rateLimited(waitMs: number): void {
    if (this.#rateLimited) return;
    this.#rateLimited = true;
    this.#say(
      `HTTP 429 rate limited; waiting ${formatSeconds(waitMs)} as Slack asks, then sending again`,
    );
  }

  gaveUp(problem: string, attempts: number): void {
    if (problem === this.#lastProblem) return;
    this.#lastProblem = problem;
    const tries = attempts > 1 ? ` after ${attempts} tries` : '';
    this.#say(`${problem}; message dropped${tries}`);
  }

  overflow(droppedSoFar: number): void {
    if (this.#overflowing) return;
    this.#overflowing = true;
    this.#say(`too many messages waiting; dropping the oldest (${droppedSoFar} so far)`);
  }

  unsentAtStop(count: number): void {
    this.#say(`${count} message(s) not sent: stopping`);
  }

  bug(error: unknown): void {
    this.#say(`unexpected error (${error instanceof Error ? error.name : typeof error})`);
  }

  #say(text: string): void {
    this.#log(`dijkwacht: Slack (${this.#label}): ${text}`);
  }
}
