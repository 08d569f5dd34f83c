import { withFaultInjection, type FaultInjection } from '../../loopback/testing/fault-queue.ts';
import {
  startAlertmanagerServer,
  type AlertmanagerServer,
  type AlertmanagerServerOptions,
} from '../server.ts';
import { alertmanagerFaults, type AlertmanagerFault } from './faults.ts';

export type AlertmanagerServerWithFaults = AlertmanagerServer & FaultInjection<AlertmanagerFault>;

/** The simulated Alertmanager, with `injectFault` for the tests. */
export async function startAlertmanagerServerWithFaults(
  options: AlertmanagerServerOptions = {},
): Promise<AlertmanagerServerWithFaults> {
  const faults = alertmanagerFaults();
  const interceptors = [faults.interceptor, ...(options.interceptors ?? [])];
  const server = await startAlertmanagerServer({ ...options, interceptors });
  return withFaultInjection(server, faults.queue);
}
