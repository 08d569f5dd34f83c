import { z } from 'zod';
import { equal, AlertStore, type PostableAlert } from './alertmanager-store.ts';
import { parseFilter, type Labels, type Matcher } from './alertmanager-labels.ts';
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
 * A loopback stand-in for Alertmanager's API v2 (api-contracts.md §4), for the tests and the
 * demo: alerts that fire, resolve, are silenced or inhibited; `/api/v2/status` with a
 * cluster state; `/api/v1/*` answering 410 as from 0.27 on; optional Basic auth (as a web
 * config would add) and the usual faults. POST /api/v2/alerts and /api/v2/silences work as
 * on the real server, so the same test can run against both.
 */

export type AlertmanagerFault =
  | TransportFault
  | { readonly kind: 'unauthorized' }
  | { readonly kind: 'forbidden' }
  /** Alertmanager's own 400/500 answers are a JSON string, e.g. "bad matcher format". */
  | { readonly kind: 'status'; readonly status: number; readonly message: string };

export type ClusterStatus = 'ready' | 'settling' | 'disabled';

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

interface Answer {
  readonly status: number;
  readonly body: unknown;
}

const V1_GONE = {
  status: 'deprecated',
  error:
    'The Alertmanager v1 API was deprecated in version 0.16.0 and is removed as of version 0.28.0 - please use the equivalent route in the v2 API',
};

export async function startAlertmanagerServer(
  options: AlertmanagerServerOptions = {},
): Promise<AlertmanagerServer> {
  const now = options.now ?? (() => new Date());
  const store = new AlertStore(() => now().getTime());
  const faults = new FaultQueue<AlertmanagerFault>();
  const started = now();
  let cluster: ClusterStatus = options.clusterStatus ?? 'ready';

  const route = (call: IncomingCall): Answer => {
    const endpoint = `${call.method} ${call.path.replace(/\/+$/, '')}`;
    if (call.path.startsWith('/api/v1/')) return { status: 410, body: V1_GONE };
    switch (endpoint) {
      case 'GET /api/v2/status':
        return { status: 200, body: statusBody(cluster, started) };
      case 'GET /api/v2/alerts':
        return listAlerts(store, call.query);
      case 'POST /api/v2/alerts':
        return postAlerts(store, call.body);
      case 'GET /api/v2/silences':
        return { status: 200, body: store.silences() };
      case 'POST /api/v2/silences':
        return postSilence(store, call.body);
      default:
        return { status: 404, body: undefined };
    }
  };

  const server = await startLoopbackServer((call) => {
    if (call.path === '/-/ready' || call.path === '/-/healthy')
      return sendText(call.response, 200, 'OK');
    const fault = faults.take(call.path);
    if (fault) return serveFault(call, fault, route(call));
    if (!isAuthorised(call, options)) return unauthorised(call);
    const answer = route(call);
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

function statusBody(cluster: ClusterStatus, started: Date): unknown {
  return {
    cluster: {
      ...(cluster === 'disabled' ? {} : { name: '01JDIJKWACHTSIMULATOR0000' }),
      status: cluster,
      peers: [],
    },
    config: { original: 'route:\n  receiver: war-room\nreceivers:\n- name: war-room\n' },
    uptime: started.toISOString(),
    versionInfo: {
      branch: 'simulator',
      buildDate: '',
      buildUser: 'dijkwacht',
      goVersion: 'none',
      revision: 'simulator',
      version: '0.27.0',
    },
  };
}

/** The four booleans default to true; `filter` repeats, one matcher each. */
function listAlerts(store: AlertStore, query: URLSearchParams): Answer {
  const flag = (name: string) => (query.get(name) ?? 'true').toLowerCase() === 'true';
  const filters: Matcher[] = [];
  for (const text of query.getAll('filter')) {
    const matcher = parseFilter(text);
    if (!matcher) return { status: 400, body: `bad matcher format: ${text}` };
    filters.push(matcher);
  }
  const list = store.list({
    active: flag('active'),
    silenced: flag('silenced'),
    inhibited: flag('inhibited'),
    filters,
  });
  return { status: 200, body: list };
}

const labelSet = z.record(z.string().min(1), z.string());
const time = z.iso.datetime({ offset: true }).optional();
const postableAlerts = z.array(
  z.object({
    labels: labelSet.refine((labels) => Object.keys(labels).length > 0, 'at least one label'),
    annotations: labelSet.optional(),
    startsAt: time,
    endsAt: time,
    generatorURL: z.string().optional(),
  }),
);

function postAlerts(store: AlertStore, body: string): Answer {
  const parsed = postableAlerts.safeParse(parseJson(body));
  if (!parsed.success)
    return { status: 400, body: `invalid alerts: ${parsed.error.issues[0]?.message}` };
  for (const alert of parsed.data) store.upsert(alert);
  return { status: 200, body: undefined };
}

const postableSilence = z.object({
  matchers: z
    .array(
      z.object({
        name: z.string().min(1),
        value: z.string(),
        isRegex: z.boolean(),
        isEqual: z.boolean().default(true),
      }),
    )
    .min(1),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  createdBy: z.string().min(1),
  comment: z.string().min(1),
});

function postSilence(store: AlertStore, body: string): Answer {
  const parsed = postableSilence.safeParse(parseJson(body));
  if (!parsed.success)
    return { status: 400, body: `invalid silence: ${parsed.error.issues[0]?.message}` };
  return { status: 200, body: { silenceID: store.addSilence(parsed.data) } };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
