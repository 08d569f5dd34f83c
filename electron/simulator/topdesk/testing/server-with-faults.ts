import { withFaultInjection, type FaultInjection } from '../../loopback/testing/fault-queue.ts';
import { startTopdeskServer, type TopdeskServer, type TopdeskServerOptions } from '../server.ts';
import { topdeskFaults, type TopdeskFault } from './faults.ts';

export type TopdeskServerWithFaults = TopdeskServer & FaultInjection<TopdeskFault>;

/** The simulated TOPdesk, with `injectFault` for the tests. */
export async function startTopdeskServerWithFaults(
  options: TopdeskServerOptions = {},
): Promise<TopdeskServerWithFaults> {
  const faults = topdeskFaults();
  const interceptors = [faults.interceptor, ...(options.interceptors ?? [])];
  const server = await startTopdeskServer({ ...options, interceptors });
  return withFaultInjection(server, faults.queue);
}
