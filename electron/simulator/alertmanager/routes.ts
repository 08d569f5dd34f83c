import { z } from 'zod';
import type { AlertStore } from './store.ts';
import { parseFilter, type Matcher } from './labels.ts';
import type { IncomingCall } from '../loopback/loopback-server.ts';

/** The simulated Alertmanager's endpoints, answered from the store (docs/sources.md, "Alertmanager"). */

export type ClusterStatus = 'ready' | 'settling' | 'disabled';

export interface ServerState {
  readonly cluster: ClusterStatus;
  readonly started: Date;
}

export interface Answer {
  readonly status: number;
  readonly body: unknown;
}

const V1_GONE = {
  status: 'deprecated',
  error:
    'The Alertmanager v1 API was deprecated in version 0.16.0 and is removed as of version 0.28.0 - please use the equivalent route in the v2 API',
};

export function routeCall(call: IncomingCall, store: AlertStore, state: ServerState): Answer {
  if (call.path.startsWith('/api/v1/')) return { status: 410, body: V1_GONE };
  switch (`${call.method} ${call.path.replace(/\/+$/, '')}`) {
    case 'GET /api/v2/status':
      return { status: 200, body: statusBody(state) };
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
}

function statusBody({ cluster, started }: ServerState): unknown {
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
