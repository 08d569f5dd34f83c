import type { HttpResponse } from '../http/http-request.ts';
import { describeErrorBody, errorForStatus } from '../http/responses.ts';
import { SourceError } from '../source-error.ts';

/** TOPdesk's statuses with the hint a coordinator needs; the rest mean what HTTP says. */
export function topdeskError(response: HttpResponse, now: Date): SourceError {
  const said = describeErrorBody(response.body);
  const detail = `HTTP ${response.status}${said ? `: ${said}` : ''}`;
  if (response.status === 401) {
    // Application passwords expire (docs/sources.md, "Authentication"): say so rather than "TOPdesk down".
    return new SourceError(
      'wrong-credentials',
      `${detail}. Check the login name and application password; application passwords expire, so a new one may be needed (User settings → Application passwords)`,
    );
  }
  if (response.status === 403) {
    return new SourceError(
      'no-permission',
      `${detail}. The account needs REST API access and the rights to read first- and second-line incidents`,
    );
  }
  return errorForStatus(response, now);
}
