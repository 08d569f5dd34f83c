import { systemClock, wallDate, type Clock } from '../../time/clock.ts';
import { intercepted, type Interceptor } from '../loopback/interceptor.ts';
import {
  sendJson,
  sendText,
  startLoopbackServer,
  type IncomingCall,
  type LoopbackServer,
} from '../loopback/loopback-server.ts';
import type { Labels, Matcher } from './labels.ts';
import { routeCall, type Answer, type ClusterStatus } from './routes.ts';
import { AlertStore, equal, type PostableAlert } from './store.ts';

/**
 * A loopback stand-in for Alertmanager's API v2 (docs/sources.md), for the tests and the
 * demo: alerts that fire, resolve, are silenced or inhibited; `/api/v2/status` with a
 * cluster state; `/api/v1/*` answering 410 as from 0.27 on; optional Basic auth (as a web
 * config would add). POST /api/v2/alerts and /api/v2/silences work as on the real server,
 * so the same test can run against both. Tests add faults through `interceptors`.
 */

export type { Answer, ClusterStatus } from './routes.ts';

export interface AlertmanagerServerOptions {
  readonly basicAuth?: { readonly username: string; readonly password: string };
  readonly clusterStatus?: ClusterStatus;
  /** Stamps alerts and silences and decides what has expired (default: the system clock). */
  readonly clock?: Clock;
  /** Asked, in order, before the server answers a request itself (not the health checks). */
  readonly interceptors?: readonly Interceptor<AlertmanagerCall>[];
}

/** One request, as an interceptor sees it. */
export interface AlertmanagerCall extends IncomingCall {
  /** What the route answers, before any Basic auth is checked. */
  answer(): Answer;
}

export interface AlertmanagerServer extends LoopbackServer {
  /** Fires or refreshes an alert; returns its fingerprint. */
  readonly fire: (alert: PostableAlert) => string;
  /** Resolves every alert whose labels include these; returns how many. */
  readonly resolve: (labels: Labels) => number;
  /** Silences alerts whose labels match (label → value, or full matchers); returns the silence id. */
  readonly silence: (
    matchers: Labels | readonly Matcher[],
    options?: { readonly endsAt?: Date; readonly comment?: string },
  ) => string;
  readonly expireSilence: (id: string) => boolean;
  /** Marks `target` as inhibited by `source` while `source` fires (stands in for an inhibit rule). */
  readonly inhibit: (target: string, source: string) => void;
  readonly setClusterStatus: (status: ClusterStatus) => void;
}

export async function startAlertmanagerServer(
  options: AlertmanagerServerOptions = {},
): Promise<AlertmanagerServer> {
  const clock = options.clock ?? systemClock;
  const interceptors = options.interceptors ?? [];
  const store = new AlertStore(clock);
  const started = wallDate(clock);
  let cluster: ClusterStatus = options.clusterStatus ?? 'ready';

  const server = await startLoopbackServer((incoming) => {
    if (incoming.path === '/-/ready' || incoming.path === '/-/healthy')
      return sendText(incoming.response, 200, 'OK');
    const answer = () => routeCall(incoming, store, { cluster, started });
    if (intercepted(interceptors, { ...incoming, answer })) return;
    if (!isAuthorised(incoming, options)) return unauthorised(incoming);
    send(incoming, answer());
  });

  return {
    ...server,
    fire: (alert) => store.upsert(alert),
    resolve: (labels) => store.resolveWhere(labels),
    silence: (matchers, silenceOptions = {}) =>
      store.addSilence({
        matchers: Array.isArray(matchers)
          ? (matchers as readonly Matcher[])
          : Object.entries(matchers).map(([name, value]) => equal(name, value)),
        ...silenceOptions,
      }),
    expireSilence: (id) => store.expireSilence(id),
    inhibit: (target, source) => store.inhibit(target, source),
    setClusterStatus: (status) => (cluster = status),
  };
}

function send(call: IncomingCall, answer: Answer): void {
  if (answer.status === 404) return sendText(call.response, 404, '404 page not found\n');
  if (answer.body === undefined) return sendText(call.response, answer.status, '');
  sendJson(call.response, answer.status, answer.body);
}

/** As the exporter-toolkit web config answers a request without valid Basic credentials. */
export function unauthorised(call: IncomingCall): void {
  sendText(call.response, 401, 'Unauthorized\n', { 'www-authenticate': 'Basic' });
}

function isAuthorised(call: IncomingCall, options: AlertmanagerServerOptions): boolean {
  const basic = options.basicAuth;
  if (!basic) return true;
  const expected = Buffer.from(`${basic.username}:${basic.password}`).toString('base64');
  return call.headers.authorization === `Basic ${expected}`;
}
