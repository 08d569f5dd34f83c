import type { SecretValue } from '../../../shared/config/secret.ts';
import type { Ticket } from '../../../shared/signals/signals.ts';
import { httpRequest } from '../http/http-request.ts';
import { parseJsonBody } from '../http/responses.ts';
import { SourceError } from '../source-error.ts';
import { topdeskError } from './errors.ts';
import { incidentsUrl, type IncidentPageRequest } from './incident-query.ts';
import { parseIncidentPage } from './to-signals.ts';

/** What every request to one TOPdesk needs; the password stays wrapped until a header is built. */
export interface TopdeskConnection {
  readonly baseUrl: string;
  readonly username: string;
  readonly password: SecretValue;
  readonly maxPageBytes: number;
}

/** One request's limits: its deadline, the poll's cancel signal, and the poll's wall time. */
export interface RequestLimits {
  readonly deadlineMs: number;
  readonly signal: AbortSignal;
  readonly now: Date;
}

export interface IncidentPage {
  readonly tickets: readonly Ticket[];
  /** 206 Partial Content: more rows exist past this page (docs/sources.md, "Paging"). */
  readonly more: boolean;
}

/** Fetches and parses one page; 204 is an empty last page with no body to parse. */
export async function fetchIncidentPage(
  connection: TopdeskConnection,
  page: IncidentPageRequest,
  limits: RequestLimits,
): Promise<IncidentPage> {
  const response = await httpRequest({
    url: incidentsUrl(connection.baseUrl, page),
    headers: { Authorization: basicAuthorization(connection), Accept: 'application/json' },
    deadlineMs: limits.deadlineMs,
    maxBytes: connection.maxPageBytes,
    signal: limits.signal,
  });
  if (response.status === 204) return { tickets: [], more: false };
  if (response.status !== 200 && response.status !== 206) {
    throw topdeskError(response, limits.now);
  }
  const parsed = parseIncidentPage(parseJsonBody(response));
  if (!parsed.ok) throw new SourceError('bad-payload', parsed.error);
  return { tickets: parsed.value, more: response.status === 206 };
}

/** Basic auth with the login name and an application password (docs/sources.md, "TOPdesk"). */
function basicAuthorization(connection: TopdeskConnection): string {
  const pair = `${connection.username}:${connection.password.reveal()}`;
  return `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
}
