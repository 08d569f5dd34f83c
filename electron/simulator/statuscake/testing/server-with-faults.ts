import { withFaultInjection, type FaultInjection } from '../../loopback/testing/fault-queue.ts';
import {
  startStatusCakeServer,
  type StatusCakeServer,
  type StatusCakeServerOptions,
} from '../server.ts';
import { statusCakeFaults, type StatusCakeFault } from './faults.ts';

export type StatusCakeServerWithFaults = StatusCakeServer & FaultInjection<StatusCakeFault>;

/** The simulated StatusCake, with `injectFault` for the tests. */
export async function startStatusCakeServerWithFaults(
  options: StatusCakeServerOptions,
): Promise<StatusCakeServerWithFaults> {
  const faults = statusCakeFaults();
  const interceptors = [faults.interceptor, ...(options.interceptors ?? [])];
  const server = await startStatusCakeServer({ ...options, interceptors });
  return withFaultInjection(server, faults.queue);
}
