import type { SecretValue } from '../../../shared/config/secret.ts';
import { fullJitterBackoffMs } from '../../sources/http/backoff.ts';
import { clampTimerMs } from '../../sources/http/clamp-timer.ts';
import { wallDate, type Clock } from '../../time/clock.ts';
import { webhookPayload } from './mrkdwn.ts';
import { readAnswer, requestProblem } from './post-once.ts';
import { slackOutcome, type SlackOutcome } from './slack-answer.ts';
import { SlackReports } from './slack-reports.ts';

export interface WebhookQueueOptions {
  /** Who the messages are for, in every report: "alerting line". Never the URL. */
  readonly label: string;
  readonly webhook: SecretValue;
  readonly clock: Clock;
  readonly log: (line: string) => void;
  readonly fetch?: typeof fetch;
  /** Messages that may wait; beyond it the oldest waiting one is dropped (default 100). */
  readonly maxWaiting?: number;
  /** Deadline of one request, body included (default 10 s). */
  readonly timeoutMs?: number;
  /** Tries of one message on 5xx and network errors (default 4). */
  readonly maxAttempts?: number;
  /** Least time between two requests (default 1 s: Slack's limit for a webhook). */
  readonly minGapMs?: number;
  readonly random?: () => number;
}

export interface WebhookStats {
  readonly sent: number;
  /** Given up on: refused by Slack, or out of tries. */
  readonly failed: number;
  /** Pushed out of a full queue before they were tried. */
  readonly dropped: number;
  readonly waiting: number;
}

const BACKOFF_BASE_MS = 2_000;
const BACKOFF_CAP_MS = 60_000;

/**
 * One incoming webhook's messages, sent one at a time and in order (docs/alerts.md): on a
 * 429 the same message again after Retry-After, on a 5xx or a network error a few more tries
 * with capped, jittered backoff, on any other refusal dropped and reported once. The queue is
 * bounded: a Slack that stays away costs the oldest messages, never memory. The URL is a
 * secret and is read only where the request is made.
 */
export class WebhookQueue {
  readonly #options: WebhookQueueOptions;
  readonly #reports: SlackReports;
  readonly #waiting: string[] = [];
  readonly #stopping = new AbortController();
  readonly #worker: Promise<void>;
  readonly #idleWaiters: (() => void)[] = [];
  #wake: (() => void) | null = null;
  #inFlight = false;
  /** The message in hand when stopped. */
  #abandoned = 0;
  #lastRequestAt: number | null = null;
  #stopped: Promise<void> | null = null;
  #sent = 0;
  #failed = 0;
  #dropped = 0;

  constructor(options: WebhookQueueOptions) {
    this.#options = options;
    this.#reports = new SlackReports(options.label, options.log);
    this.#worker = this.#work();
  }

  /** Queues a message (plain text; escaped for Slack when sent). */
  post(text: string): void {
    if (this.#stopping.signal.aborted) return;
    this.#waiting.push(text);
    if (this.#waiting.length > (this.#options.maxWaiting ?? 100)) {
      this.#waiting.shift();
      this.#dropped += 1;
      this.#reports.overflow(this.#dropped);
    }
    this.#wake?.();
  }

  stats(): WebhookStats {
    return {
      sent: this.#sent,
      failed: this.#failed,
      dropped: this.#dropped,
      waiting: this.#waiting.length,
    };
  }

  /** Resolves once every message queued so far has been sent or given up on. */
  idle(): Promise<void> {
    if (this.#waiting.length === 0 && !this.#inFlight) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** Aborts the request in flight and every wait; says how many messages were never sent. */
  stop(): Promise<void> {
    this.#stopped ??= this.#stop();
    return this.#stopped;
  }

  async #stop(): Promise<void> {
    this.#stopping.abort(new Error('stopped'));
    this.#wake?.();
    await this.#worker;
    const unsent = this.#waiting.length + this.#abandoned;
    this.#waiting.length = 0;
    if (unsent > 0) this.#reports.unsentAtStop(unsent);
    this.#settle();
  }

  async #work(): Promise<void> {
    const signal = this.#stopping.signal;
    while (!signal.aborted) {
      const text = this.#waiting.shift();
      if (text === undefined) {
        this.#reports.drained();
        this.#settle();
        await new Promise<void>((resolve) => (this.#wake = resolve));
        this.#wake = null;
        continue;
      }
      this.#inFlight = true;
      try {
        await this.#deliver(text, signal);
      } catch (error) {
        // A stop abandons the message in hand; anything else is a bug here, not in Slack.
        if (signal.aborted) this.#abandoned += 1;
        else this.#reports.bug(error);
      } finally {
        this.#inFlight = false;
      }
    }
  }

  /** Wakes whoever waits for the queue to empty. */
  #settle(): void {
    for (const resolve of this.#idleWaiters.splice(0)) resolve();
  }

  async #deliver(text: string, signal: AbortSignal): Promise<void> {
    const body = webhookPayload(text);
    for (let attempt = 1; ;) {
      await this.#pace(signal);
      const outcome = await this.#attempt(body, signal);
      if (outcome.kind === 'sent') {
        this.#sent += 1;
        this.#reports.delivered();
        return;
      }
      if (outcome.kind === 'rate-limited') {
        this.#reports.rateLimited(outcome.waitMs);
        await this.#options.clock.sleep(outcome.waitMs, signal);
        continue;
      }
      if (outcome.kind === 'drop' || attempt >= (this.#options.maxAttempts ?? 4)) {
        this.#failed += 1;
        this.#reports.gaveUp(outcome.problem, outcome.kind === 'retry' ? attempt : 1);
        return;
      }
      await this.#options.clock.sleep(this.#backoffMs(attempt), signal);
      attempt += 1;
    }
  }

  /** Slack allows a webhook about one message a second: never two requests closer than that. */
  async #pace(signal: AbortSignal): Promise<void> {
    if (this.#lastRequestAt === null) return;
    const gap = this.#options.minGapMs ?? 1_000;
    const wait = this.#lastRequestAt + gap - this.#options.clock.monotonic();
    if (wait > 0) await this.#options.clock.sleep(wait, signal);
  }

  #backoffMs(attempt: number): number {
    const random = this.#options.random ?? Math.random;
    return fullJitterBackoffMs(attempt - 1, BACKOFF_BASE_MS, BACKOFF_CAP_MS, random);
  }

  async #attempt(body: string, stopping: AbortSignal): Promise<SlackOutcome> {
    const timeoutMs = this.#options.timeoutMs ?? 10_000;
    // A real timer, not the clock's: a fake clock that runs every sleep at once must not
    // time out every request (docs/architecture.md, "Time").
    const deadline = AbortSignal.timeout(clampTimerMs(timeoutMs));
    const signal = AbortSignal.any([stopping, deadline]);
    this.#lastRequestAt = this.#options.clock.monotonic();
    try {
      const response = await (this.#options.fetch ?? fetch)(this.#options.webhook.reveal(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        signal,
        // Never followed: a redirect means the URL is wrong, and the message must not go elsewhere.
        redirect: 'manual',
      });
      const answer = await readAnswer(response);
      const now = wallDate(this.#options.clock);
      return slackOutcome(response.status, answer, response.headers.get('retry-after'), now);
    } catch (error) {
      stopping.throwIfAborted();
      return { kind: 'retry', problem: requestProblem(error, deadline.aborted, timeoutMs) };
    }
  }
}
