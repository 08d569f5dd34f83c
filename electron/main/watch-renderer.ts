import type { BrowserWindow, RenderProcessGoneDetails, WebContents } from 'electron';
import type { ViewName } from '../../shared/ipc/views.ts';
import type { Clock } from '../time/clock.ts';
import {
  errorPageUrl,
  RendererWatchdog,
  WATCHDOG_POLICY,
  type WatchdogPolicy,
} from './renderer-watchdog.ts';
import { entryUrl } from './window.ts';

export type WatchedWindow = Pick<BrowserWindow, 'on' | 'once' | 'isDestroyed' | 'loadURL'> & {
  readonly webContents: Pick<WebContents, 'on' | 'forcefullyCrashRenderer'>;
};

export interface WatchOptions {
  readonly view: ViewName;
  readonly clock: Clock;
  /** One line on stderr: the view, the reason and the exit code, never a payload. */
  readonly log: (line: string) => void;
  readonly policy?: WatchdogPolicy;
}

/**
 * Main's watchdog over one window's page: a renderer that crashed is reloaded (with backoff,
 * at most a few times a minute, then an error page), one that hangs past the grace period is
 * killed so that the same path reloads it.
 */
export function watchRenderer(window: WatchedWindow, options: WatchOptions): void {
  const guard = new RendererGuard(window, options);
  window.webContents.on('render-process-gone', (_event, details) => guard.gone(details));
  window.on('unresponsive', () => guard.unresponsive());
  window.on('responsive', () => guard.responsive());
  window.once('closed', () => guard.stop());
}

/** The timers and the loads of one watched window; the decisions are RendererWatchdog's. */
class RendererGuard {
  readonly #window: WatchedWindow;
  readonly #options: WatchOptions;
  readonly #policy: WatchdogPolicy;
  readonly #watchdog: RendererWatchdog;
  readonly #closed = new AbortController();
  #grace: AbortController | null = null;

  constructor(window: WatchedWindow, options: WatchOptions) {
    this.#window = window;
    this.#options = options;
    this.#policy = options.policy ?? WATCHDOG_POLICY;
    this.#watchdog = new RendererWatchdog(this.#policy);
  }

  gone(details: RenderProcessGoneDetails): void {
    this.#grace?.abort();
    const { clock, view } = this.#options;
    const decision = this.#watchdog.gone(details.reason, clock.monotonic());
    const gone = `${this.#name}'s renderer is gone (${details.reason}, exit code ${details.exitCode})`;
    switch (decision.action) {
      case 'ignore':
        return;
      case 'reload':
        this.#log(
          `${gone}; reloading in ${seconds(decision.delayMs)} (reload ${decision.attempt} of ${this.#policy.maxReloads} this minute)`,
        );
        return this.#after(decision.delayMs, () => this.#load(entryUrl(view)));
      case 'give-up':
        this.#log(
          `${gone} again; showing an error page, next try in ${seconds(decision.retryInMs)}`,
        );
        this.#after(0, () => this.#load(errorPageUrl(decision.retryInMs)));
        return this.#after(decision.retryInMs, () => {
          this.#watchdog.retry(clock.monotonic());
          this.#load(entryUrl(view));
        });
    }
  }

  unresponsive(): void {
    if (!this.#watchdog.unresponsive()) return;
    const grace = new AbortController();
    this.#grace = grace;
    const { hangGraceMs } = this.#policy;
    this.#after(
      hangGraceMs,
      () => {
        if (!this.#watchdog.graceOver()) return;
        this.#log(
          `${this.#name} has not responded for ${seconds(hangGraceMs)}; restarting its renderer`,
        );
        // A hung page never runs its unload handler, so reload() would wait for ever; a killed
        // renderer comes back through 'render-process-gone' like a crashed one.
        this.#window.webContents.forcefullyCrashRenderer();
      },
      grace.signal,
    );
  }

  responsive(): void {
    this.#watchdog.responsive();
    this.#grace?.abort();
  }

  stop(): void {
    this.#closed.abort();
  }

  get #name(): string {
    return `the ${this.#options.view} window`;
  }

  #log(line: string): void {
    this.#options.log(`Dijkwacht: ${line}`);
  }

  /**
   * Runs `then` after `ms` on the clock, unless the window closed meanwhile. Never at once,
   * even at 0 ms: loading inside 'render-process-gone' can crash the browser process
   * (electron/electron#51900).
   */
  #after(ms: number, then: () => void, signal?: AbortSignal): void {
    const signals = signal ? [this.#closed.signal, signal] : [this.#closed.signal];
    this.#options.clock.sleep(ms, AbortSignal.any(signals)).then(() => {
      if (!this.#window.isDestroyed()) then();
    }, ignoreAbort);
  }

  #load(url: string): void {
    this.#window
      .loadURL(url)
      .catch((error: unknown) => this.#log(`${this.#name} did not load: ${error}`));
  }
}

function seconds(ms: number): string {
  return ms >= 60_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 1000)} s`;
}

function ignoreAbort(): void {}
