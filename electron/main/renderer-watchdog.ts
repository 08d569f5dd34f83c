import type { RenderProcessGoneDetails } from 'electron';

/**
 * How main brings back a window whose page crashed or hung: a page cannot grey itself out
 * once its renderer is gone, so main must (docs/reliability.md, "The wall's process").
 */
export interface WatchdogPolicy {
  /** Reloads allowed within `windowMs`; one more crash and the watchdog gives up for a while. */
  readonly maxReloads: number;
  readonly windowMs: number;
  /** The first reload's delay; each further reload within the window waits twice as long. */
  readonly firstDelayMs: number;
  /** How long a page may stay unresponsive before its renderer is restarted. */
  readonly hangGraceMs: number;
  /** After giving up, how long the error page stays before one more reload. */
  readonly coolOffMs: number;
}

export const WATCHDOG_POLICY: WatchdogPolicy = {
  maxReloads: 3,
  windowMs: 60_000,
  firstDelayMs: 1_000,
  hangGraceMs: 10_000,
  coolOffMs: 5 * 60_000,
};

export type GoneReason = RenderProcessGoneDetails['reason'];

export type GoneDecision =
  /** The page went away on purpose (a closing window), or the watchdog is cooling off. */
  | { readonly action: 'ignore' }
  /** Reload after `delayMs`; `attempt` counts the reloads within the window, this one included. */
  | { readonly action: 'reload'; readonly delayMs: number; readonly attempt: number }
  /** Too many crashes: show the error page, reload once more after `retryInMs`. */
  | { readonly action: 'give-up'; readonly retryInMs: number };

/**
 * The watchdog's decisions for one window, on the monotonic clock (`now` in ms). Pure state:
 * the caller keeps the timers and does what it is told.
 */
export class RendererWatchdog {
  readonly #policy: WatchdogPolicy;
  /** When each recent reload was decided. */
  #reloads: number[] = [];
  #coolingUntil = -Infinity;
  #unresponsive = false;

  constructor(policy: WatchdogPolicy = WATCHDOG_POLICY) {
    this.#policy = policy;
  }

  /** The renderer is gone: reload with backoff, or give up when it keeps crashing. */
  gone(reason: GoneReason, now: number): GoneDecision {
    this.#unresponsive = false;
    if (reason === 'clean-exit' || now < this.#coolingUntil) return { action: 'ignore' };
    const { maxReloads, windowMs, firstDelayMs, coolOffMs } = this.#policy;
    this.#reloads = this.#reloads.filter((at) => now - at < windowMs);
    if (this.#reloads.length >= maxReloads) {
      this.#coolingUntil = now + coolOffMs;
      return { action: 'give-up', retryInMs: coolOffMs };
    }
    const delayMs = firstDelayMs * 2 ** this.#reloads.length;
    this.#reloads.push(now);
    return { action: 'reload', delayMs, attempt: this.#reloads.length };
  }

  /** The cool-off is over and the caller reloads once more: that reload counts. */
  retry(now: number): void {
    this.#coolingUntil = -Infinity;
    this.#reloads.push(now);
  }

  /** Electron says the page hangs: true if the caller should start the grace period now. */
  unresponsive(): boolean {
    if (this.#unresponsive) return false;
    this.#unresponsive = true;
    return true;
  }

  /** The page answers again: the grace period is void. */
  responsive(): void {
    this.#unresponsive = false;
  }

  /** The grace period ended: true if the page still hangs and its renderer must be restarted. */
  graceOver(): boolean {
    return this.#unresponsive;
  }
}

/**
 * What a window shows once the watchdog gave up: a page without scripts (its own CSP forbids
 * everything), grey like every status nobody can vouch for, saying it shows no status at all.
 */
export function errorPageUrl(retryInMs: number): string {
  const minutes = Math.max(1, Math.round(retryInMs / 60_000));
  const html = [
    '<!doctype html><html lang="nl"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`,
    '<title>Dijkwacht — weergave gestopt</title></head>',
    '<body bgcolor="#46505d" text="#eef2f6"><h1>Dijkwacht — weergave gestopt</h1>',
    '<p>Deze weergave is binnen een minuut herhaaldelijk vastgelopen en toont nu',
    ' <b>geen actuele status</b>.</p>',
    `<p>Dijkwacht probeert het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`,
    ' Blijft dit scherm staan, start Dijkwacht dan opnieuw.</p></body></html>',
  ].join('');
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}
