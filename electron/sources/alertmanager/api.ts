import { httpRequest } from '../http/http-request.ts';
import { parseJsonBody } from '../http/responses.ts';
import type { SourceConfigOf } from '../source-client.ts';
import { alertmanagerError } from './errors.ts';

export type AlertmanagerConfig = SourceConfigOf<'alertmanager'>;

/** The whole list is a few hundred kB at most; Alertmanager has no paging. */
const MAX_BYTES = 5_000_000;

/** What every request of one poll shares. */
export interface RequestScope {
  readonly signal: AbortSignal;
  /** Milliseconds left of the poll's deadline (at least 1). */
  remainingMs(): number;
  /** The poll's wall time, for a Retry-After date. */
  readonly now: Date;
}

/** `GET path` as JSON; any other status than 200 is the SourceError it means. */
export async function getJson(
  config: AlertmanagerConfig,
  path: string,
  scope: RequestScope,
): Promise<unknown> {
  const response = await httpRequest({
    url: `${config.url.replace(/\/+$/, '')}${path}`,
    headers: { accept: 'application/json', ...authorization(config) },
    deadlineMs: scope.remainingMs(),
    maxBytes: MAX_BYTES,
    signal: scope.signal,
  });
  if (response.status !== 200) throw alertmanagerError(response, scope.now);
  return parseJsonBody(response);
}

/** No auth by default; Basic when a web config or a proxy in front asks for it. */
function authorization(config: AlertmanagerConfig): Record<string, string> {
  if (!config.username || !config.password) return {};
  const pair = `${config.username}:${config.password.reveal()}`;
  return { authorization: `Basic ${Buffer.from(pair, 'utf8').toString('base64')}` };
}
