import type { SourceSignals } from '../../../../shared/signals/signals.ts';
import type { StatusCakeRequestRecord } from '../../../simulator/statuscake/exchange.ts';
import type { StatusCakeRatePolicy } from '../../../simulator/statuscake/rate-windows.ts';
import {
  startStatusCakeServerWithFaults,
  type StatusCakeServerWithFaults,
} from '../../../simulator/statuscake/testing/server-with-faults.ts';
import { systemClock, type Clock } from '../../../time/clock.ts';
import type { FakeClock } from '../../../time/testing/fake-clock.ts';
import type { SourceClient } from '../../source-client.ts';
import { createStatusCakeClient } from '../client.ts';
import { pollContext, START, statusCakeConfig, TOKEN } from './fixtures.ts';

/** A simulator and a client pointed at it, on one clock. */
export interface World {
  readonly server: StatusCakeServerWithFaults;
  readonly client: SourceClient;
  readonly clock: Clock;
  poll(signal?: AbortSignal): Promise<SourceSignals>;
}

export interface WorldOptions {
  /** Virtual time (a FakeClock) or real time (undefined). */
  readonly clock?: FakeClock;
  readonly timeoutMs?: number;
  readonly token?: string;
  readonly rateLimits?: readonly StatusCakeRatePolicy[];
}

export async function startWorld(options: WorldOptions = {}): Promise<World> {
  const clock = options.clock ?? systemClock;
  const server = await startStatusCakeServerWithFaults({
    token: TOKEN,
    clock,
    ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
  });
  const config = statusCakeConfig(server.url, options.timeoutMs, options.token);
  const client = createStatusCakeClient(config);
  return {
    server,
    client,
    clock,
    poll: (signal) => client.poll(pollContext(clock, signal)),
  };
}

/** Adds `count` checks named check-0…, returning their ids. */
export function addChecks(
  server: StatusCakeServerWithFaults,
  count: number,
  tags: readonly string[] = ['prod'],
): string[] {
  return Array.from({ length: count }, (_, index) =>
    server.dataset.addCheck({
      name: `check-${index}`,
      url: `https://site-${index}.example.nl/health`,
      tags,
      since: new Date(START - 86_400_000),
    }),
  );
}

/** The requests that asked for a check's periods. */
export function periodRequests(
  server: StatusCakeServerWithFaults,
  id?: string,
): StatusCakeRequestRecord[] {
  return server.requests.filter(
    (record) =>
      record.path.startsWith(`/v1/uptime/${id ?? ''}`) && record.path.includes('/periods'),
  );
}
