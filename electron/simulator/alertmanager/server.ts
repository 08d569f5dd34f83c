import { echoCredentials, type EchoCredentialsFault } from './echo-credentials.ts';
import type { Labels, Matcher } from './alertmanager-labels.ts';
import { routeCall, type Answer, type ClusterStatus } from './alertmanager-routes.ts';
import { AlertStore, equal, type PostableAlert } from './alertmanager-store.ts';
import {
  FaultQueue,
  sendJson,
  sendText,
  sendTransportFault,
  startLoopbackServer,
  type IncomingCall,
  type LoopbackServer,
  type TransportFault,
} from './loopback-server-kit.ts';

/**
 * A loopback stand-in for Alertmanager's API v2 (docs/sources.md), for the tests and the
 * demo: alerts that fire, resolve, are silenced or inhibited; `/api/v2/status` with a
 * cluster state; `/api/v1/*` answering 410 as from 0.27 on; optional Basic auth (as a web
 * config would add) and the usual faults. POST /api/v2/alerts and /api/v2/silences work as
 * on the real server, so the same test can run against both.
 */

export type { ClusterStatus } from './alertmanager-routes.ts';

export type AlertmanagerFault =
  | TransportFault
  | { readonly kind: 'unauthorized' }
  | { readonly kind: 'forbidden' }
  /** Alertmanager's own 400/500 answers are a JSON string, e.g. "bad matcher format". */
  | { readonly kind: 'status'; readonly status: number; readonly message: string }
  /** The Basic credentials echoed in the plain-string error and in the headers. */
  | EchoCredentialsFault;

export interface AlertmanagerServerOptions {
  readonly basicAuth?: { readonly username: string; readonly password: string };
  readonly clusterStatus?: ClusterStatus;
  readonly now?: () => Date;
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
  readonly injectFault: (
    fault: AlertmanagerFault,
    options?: { readonly times?: number; readonly path?: RegExp },
  ) => void;
  readonly clearFaults: () => void;
}

export async function startAlertmanagerServer(
  options: AlertmanagerServerOptions = {},
): Promise<AlertmanagerServer> {
  const now = options.now ?? (() => new Date());
  const store = new AlertStore(() => now().getTime());
  const faults = new FaultQueue<AlertmanagerFault>();
  const started = now();
  let cluster: ClusterStatus = options.clusterStatus ?? 'ready';

  const server = await startLoopbackServer((call) => {
    if (call.path === '/-/ready' || call.path === '/-/healthy')
      return sendText(call.response, 200, 'OK');
    const fault = faults.take(call.path);
    const state = { cluster, started };
    if (fault) return serveFault(call, fault, routeCall(call, store, state));
    if (!isAuthorised(call, options)) return unauthorised(call);
    const answer = routeCall(call, store, state);
    if (answer.status === 404) return sendText(call.response, 404, '404 page not found\n');
    if (answer.body === undefined) return sendText(call.response, answer.status, '');
    sendJson(call.response, answer.status, answer.body);
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
    injectFault: (fault, faultOptions) => faults.inject(fault, faultOptions),
    clearFaults: () => faults.clear(),
  };
}

function serveFault(call: IncomingCall, fault: AlertmanagerFault, normal: Answer): void {
  switch (fault.kind) {
    case 'unauthorized':
      return unauthorised(call);
    case 'forbidden':
      return sendText(call.response, 403, 'Forbidden\n');
    case 'status':
      return sendJson(call.response, fault.status, fault.message);
    case 'echo-credentials': {
      const echo = echoCredentials(fault, call.headers.authorization, call.path);
      return sendJson(call.response, echo.status, echo.text, echo.headers);
    }
    default:
      return sendTransportFault(call.response, fault, JSON.stringify(normal.body));
  }
}

/** As the exporter-toolkit web config answers a request without valid Basic credentials. */
function unauthorised(call: IncomingCall): void {
  sendText(call.response, 401, 'Unauthorized\n', { 'www-authenticate': 'Basic' });
}

function isAuthorised(call: IncomingCall, options: AlertmanagerServerOptions): boolean {
  const basic = options.basicAuth;
  if (!basic) return true;
  const expected = Buffer.from(`${basic.username}:${basic.password}`).toString('base64');
  return call.headers.authorization === `Basic ${expected}`;
}
