import type { Clock } from '../../time/clock.ts';

/** One request the simulator received, for counting requests and bytes in tests and benchmarks. */
export interface RecordedRequest {
  readonly method: string;
  /** Path and query string, as sent (still percent-encoded). */
  readonly url: string;
  /** Wall-clock ms when it arrived. */
  readonly at: number;
  /** 0 while no response has started (a hang). */
  readonly status: number;
  /** Response body bytes sent so far. */
  readonly bytes: number;
}

export interface RequestLogEntry {
  sent(status: number, bytes: number): void;
}

export interface RequestLog {
  record(method: string, url: string): RequestLogEntry;
  entries(): readonly RecordedRequest[];
  clear(): void;
}

/** The newest entries only: the demo server runs for days and must not grow without bound. */
const MAX_ENTRIES = 10_000;

export function createRequestLog(clock: Clock): RequestLog {
  let log: { method: string; url: string; at: number; status: number; bytes: number }[] = [];
  return {
    record(method, url) {
      const entry = { method, url, at: clock.now(), status: 0, bytes: 0 };
      log.push(entry);
      if (log.length > MAX_ENTRIES) log.shift();
      return {
        sent(status, bytes) {
          entry.status = status;
          entry.bytes += bytes;
        },
      };
    },
    entries: () => log.map((entry) => ({ ...entry })),
    clear() {
      log = [];
    },
  };
}
