import { SecretValue } from '../../../shared/config/secret.ts';
import {
  DEFAULT_TOPDESK_USER,
  startTopdeskServer,
  type TopdeskServer,
  type TopdeskServerOptions,
} from '../../simulator/servers/topdesk-server.ts';
import type { PollContext, SourceConfigOf } from '../source-client.ts';
import { SourceError } from '../source-error.ts';

/** Shared by the TOPdesk client's tests: a controllable clock, a config, a poll context. */

export interface TestClock {
  now(): Date;
  advance(ms: number): void;
}

export function testClock(start = '2026-11-28T12:00:00.000Z'): TestClock {
  let at = Date.parse(start);
  return { now: () => new Date(at), advance: (ms) => void (at += ms) };
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

export function pollContext(clock: TestClock, signal = new AbortController().signal): PollContext {
  return { signal, now: clock.now() };
}

/** A server on the test clock; closed by the caller (t.after). */
export function startServer(
  clock: TestClock,
  options: TopdeskServerOptions = {},
): Promise<TopdeskServer> {
  return startTopdeskServer({ now: clock.now, ...options });
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
