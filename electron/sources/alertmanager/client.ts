import type { Result } from '../../../shared/result.ts';
import { httpRequest } from '../http/http-request.ts';
import { errorForStatus, parseJsonBody } from '../http/responses.ts';
import type { PollContext, SourceClient, SourceConfigOf } from '../source-client.ts';
import { SourceError } from '../source-error.ts';
import { parseAlerts } from './alerts-response.ts';
import { parseStatus, type AlertmanagerStatus } from './status-response.ts';

export type AlertmanagerConfig = SourceConfigOf<'alertmanager'>;

export interface AlertmanagerClient extends SourceClient {
  /** What the last successful poll's health check said; a settling cluster is shown, not an error. */
  readonly lastStatus: () => AlertmanagerStatus | null;
}

/** The whole list is a few hundred kB at most; Alertmanager has no paging. */
const MAX_BYTES = 5_000_000;

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
      const deadline = performance.now() + config.timeout;
      const get = <T>(path: string, parse: (value: unknown) => Result<T, string>) =>
        getJson(
          config,
          path,
          parse,
          context,
          Math.max(1, Math.round(deadline - performance.now())),
        );
      const status = await get('/api/v2/status', parseStatus);
      const alerts = await get('/api/v2/alerts', parseAlerts);
      lastStatus = status;
      return { kind: 'alertmanager', alerts };
    },
  };
}

async function getJson<T>(
  config: AlertmanagerConfig,
  path: string,
  parse: (value: unknown) => Result<T, string>,
  context: PollContext,
  deadlineMs: number,
): Promise<T> {
  try {
    const response = await httpRequest({
      url: `${config.url.replace(/\/+$/, '')}${path}`,
      headers: { accept: 'application/json', ...authorization(config) },
      deadlineMs,
      maxBytes: MAX_BYTES,
      signal: context.signal,
    });
    // Alertmanager's 400 and 500 bodies are a bare string; errorForStatus quotes it.
    if (response.status !== 200) throw errorForStatus(response, context.now);
    const parsed = parse(parseJsonBody(response));
    if (!parsed.ok) throw new SourceError('bad-payload', parsed.error);
    return parsed.value;
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    throw new SourceError(error.category, `GET ${path}: ${error.detail}`, error.retryAfterMs);
  }
}

/** No auth by default; Basic when a web config or a proxy in front asks for it. */
function authorization(config: AlertmanagerConfig): Record<string, string> {
  if (!config.username || !config.password) return {};
  const pair = `${config.username}:${config.password.reveal()}`;
  return { authorization: `Basic ${Buffer.from(pair, 'utf8').toString('base64')}` };
}
