import type { Config } from '../../shared/config/parse-config.ts';
import type { SourceSignals } from '../../shared/signals/signals.ts';
import type { Clock } from '../time/clock.ts';

export type SourceConfig = Config['sources'][number];
export type SourceConfigOf<K extends SourceConfig['kind']> = Extract<SourceConfig, { kind: K }>;

export interface PollContext {
  /** Aborted on shutdown; every request of the poll must pass it on. */
  readonly signal: AbortSignal;
  /**
   * The poll's clock (electron/time/clock.ts): wall time for windows and Retry-After dates,
   * monotonic time for deadlines and rate limits; injected so tests control it.
   */
  readonly clock: Clock;
}

/**
 * One source's client. A poll either returns the source's current signals or throws a
 * SourceError; it never returns partial data as if it were whole. Clients may keep state
 * between polls (TOPdesk's incremental sync), never across sources.
 */
export interface SourceClient {
  poll(context: PollContext): Promise<SourceSignals>;
}
