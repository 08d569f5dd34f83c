import { withFaultInjection, type FaultInjection } from '../../loopback/testing/fault-queue.ts';
import {
  startElasticsearchServer,
  type ElasticsearchServer,
  type ElasticsearchServerOptions,
} from '../server.ts';
import { elasticsearchFaults, type ElasticsearchFault } from './faults.ts';

export type ElasticsearchServerWithFaults = ElasticsearchServer &
  FaultInjection<ElasticsearchFault>;

/** The simulated Elasticsearch, with `injectFault` for the tests. */
export async function startElasticsearchServerWithFaults(
  options: ElasticsearchServerOptions = {},
): Promise<ElasticsearchServerWithFaults> {
  const faults = elasticsearchFaults();
  const interceptors = [faults.interceptor, ...(options.interceptors ?? [])];
  const server = await startElasticsearchServer({ ...options, interceptors });
  return withFaultInjection(server, faults.queue);
}
