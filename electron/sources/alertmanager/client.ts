import type { Result } from '../../../shared/result.ts';
import { wallDate } from '../../time/clock.ts';
import type { PollContext, SourceClient } from '../source-client.ts';
import { SourceError } from '../source-error.ts';
import { getJson, type AlertmanagerConfig, type RequestScope } from './api.ts';
import { forRequest } from './errors.ts';
import { parseAlerts, parseStatus, type AlertmanagerStatus } from './to-signals.ts';

export type { AlertmanagerConfig } from './api.ts';

export interface AlertmanagerClient extends SourceClient {
  /** What the last successful poll's health check said; a settling cluster is shown, not an error. */
  readonly lastStatus: () => AlertmanagerStatus | null;
}

/**
 * Polls Alertmanager's API v2 only (v1 answers 410 from 0.27 on, docs/sources.md):
 * `/api/v2/status` as the health check, then `/api/v2/alerts` with the defaults, so active,
 * silenced and inhibited alerts all come back and are told apart by their status. Both
 * requests share one deadline (`timeout`).
 */
export function createAlertmanagerClient(config: AlertmanagerConfig): AlertmanagerClient {
  let lastStatus: AlertmanagerStatus | null = null;
  return {
    lastStatus: () => lastStatus,
    async poll(context) {
      const scope = requestScope(config, context);
      const status = await read(config, '/api/v2/status', parseStatus, scope);
      const alerts = await read(config, '/api/v2/alerts', parseAlerts, scope);
      lastStatus = status;
      return { kind: 'alertmanager', alerts };
    },
  };
}

function requestScope(config: AlertmanagerConfig, context: PollContext): RequestScope {
  const clock = context.clock;
  const deadline = clock.monotonic() + config.timeout;
  return {
    signal: context.signal,
    remainingMs: () => Math.max(1, Math.round(deadline - clock.monotonic())),
    now: wallDate(clock),
  };
}

/** One request and its answer parsed; any failure says which request it was. */
async function read<T>(
  config: AlertmanagerConfig,
  path: string,
  parse: (value: unknown) => Result<T, string>,
  scope: RequestScope,
): Promise<T> {
  try {
    const parsed = parse(await getJson(config, path, scope));
    if (!parsed.ok) throw new SourceError('bad-payload', parsed.error);
    return parsed.value;
  } catch (error) {
    throw forRequest(`GET ${path}`, error);
  }
}
