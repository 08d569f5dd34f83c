import { alertmanagerFaults, type AlertmanagerFault } from '../alertmanager/testing/faults.ts';
import { startDemoWorld, type DemoWorld, type DemoWorldOptions } from '../demo-world.ts';
import { elasticsearchFaults, type ElasticsearchFault } from '../elasticsearch/testing/faults.ts';
import { withFaultInjection, type FaultInjection } from '../loopback/testing/fault-queue.ts';
import { statusCakeFaults, type StatusCakeFault } from '../statuscake/testing/faults.ts';
import { topdeskFaults, type TopdeskFault } from '../topdesk/testing/faults.ts';

/** The demo's four servers, each with `injectFault` for the tests. */
export interface DemoWorldWithFaults extends DemoWorld {
  readonly topdesk: DemoWorld['topdesk'] & FaultInjection<TopdeskFault>;
  readonly statuscake: DemoWorld['statuscake'] & FaultInjection<StatusCakeFault>;
  readonly elasticsearch: DemoWorld['elasticsearch'] & FaultInjection<ElasticsearchFault>;
  readonly alertmanager: DemoWorld['alertmanager'] & FaultInjection<AlertmanagerFault>;
}

export async function startDemoWorldWithFaults(
  options: Omit<DemoWorldOptions, 'interceptors'> = {},
): Promise<DemoWorldWithFaults> {
  const faults = {
    topdesk: topdeskFaults(),
    statuscake: statusCakeFaults(),
    elasticsearch: elasticsearchFaults(),
    alertmanager: alertmanagerFaults(),
  };
  const world = await startDemoWorld({
    ...options,
    interceptors: {
      topdesk: [faults.topdesk.interceptor],
      statuscake: [faults.statuscake.interceptor],
      elasticsearch: [faults.elasticsearch.interceptor],
      alertmanager: [faults.alertmanager.interceptor],
    },
  });
  return {
    ...world,
    topdesk: withFaultInjection(world.topdesk, faults.topdesk.queue),
    statuscake: withFaultInjection(world.statuscake, faults.statuscake.queue),
    elasticsearch: withFaultInjection(world.elasticsearch, faults.elasticsearch.queue),
    alertmanager: withFaultInjection(world.alertmanager, faults.alertmanager.queue),
  };
}
