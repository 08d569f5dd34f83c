import type { SourceSignals } from '../../../shared/signals/signals.ts';
import type { StatusCakeRequestRecord } from '../../simulator/servers/statuscake-exchange.ts';
import type { StatusCakeRatePolicy } from '../../simulator/servers/statuscake-rate-windows.ts';
import {
  startStatusCakeServer,
  type StatusCakeServer,
} from '../../simulator/servers/statuscake-server.ts';
import type { SourceClient } from '../source-client.ts';
import { systemClock, type Clock } from './clock.ts';
import { createStatusCakeClient } from './statuscake-client.ts';
import type { FakeClock } from './statuscake-test-kit.ts';
import { pollContext, START, statusCakeConfig, TOKEN } from './statuscake-test-kit.ts';

/** A simulator and a client pointed at it, on one clock. */
export interface World {
  readonly server: StatusCakeServer;
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
  const fake = options.clock;
  const server = await startStatusCakeServer({
    token: TOKEN,
    ...(fake ? { now: fake.now } : {}),
    ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
  });
  const config = statusCakeConfig(server.url, options.timeoutMs, options.token);
  const client = createStatusCakeClient(config, fake ? { clock: fake } : {});
  return {
    server,
    client,
    clock: fake ?? systemClock,
    poll: (signal) => client.poll(pollContext(fake ? new Date(fake.now()) : new Date(), signal)),
  };
}

/** Adds `count` checks named check-0…, returning their ids. */
export function addChecks(
  server: StatusCakeServer,
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
export function periodRequests(server: StatusCakeServer, id?: string): StatusCakeRequestRecord[] {
  return server.requests.filter(
    (record) =>
      record.path.startsWith(`/v1/uptime/${id ?? ''}`) && record.path.includes('/periods'),
  );
}
