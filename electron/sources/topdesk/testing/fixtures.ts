import { SecretValue } from '../../../../shared/config/secret.ts';
import {
  DEFAULT_TOPDESK_USER,
  type TopdeskServerOptions,
} from '../../../simulator/topdesk/server.ts';
import {
  startTopdeskServerWithFaults,
  type TopdeskServerWithFaults,
} from '../../../simulator/topdesk/testing/server-with-faults.ts';
import { FakeClock } from '../../../time/testing/fake-clock.ts';
import type { PollContext, SourceConfigOf } from '../../source-client.ts';
import { SourceError } from '../../source-error.ts';

/** Shared by the TOPdesk client's tests: a clock they move, a config, a poll context. */

export function testClock(start = '2026-11-28T12:00:00.000Z'): FakeClock {
  return new FakeClock(start);
}

export function topdeskConfig(
  url: string,
  overrides: Partial<SourceConfigOf<'topdesk'>> = {},
): SourceConfigOf<'topdesk'> {
  return {
    id: 'topdesk',
    kind: 'topdesk',
    url,
    username: DEFAULT_TOPDESK_USER.loginName,
    password: new SecretValue(DEFAULT_TOPDESK_USER.password, 'test'),
    interval: 60_000,
    timeout: 2_000,
    resyncInterval: 3_600_000,
    ...overrides,
  };
}

export function pollContext(clock: FakeClock, signal = new AbortController().signal): PollContext {
  return { signal, clock };
}

/** A server on the test clock, faults at hand; closed by the caller (t.after). */
export function startServer(
  clock: FakeClock,
  options: TopdeskServerOptions = {},
): Promise<TopdeskServerWithFaults> {
  return startTopdeskServerWithFaults({ clock, ...options });
}

/** The FIQL `query` of a recorded request, decoded. */
export function queryOf(url: string): string | null {
  return new URL(url, 'http://x').searchParams.get('query');
}

/** Runs `poll` expecting a SourceError; returns it. */
export async function pollError(poll: () => Promise<unknown>): Promise<SourceError> {
  try {
    await poll();
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error('expected the poll to fail');
}
