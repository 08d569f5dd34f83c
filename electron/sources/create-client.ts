import { assertNever } from '../../shared/result.ts';
import { createAlertmanagerClient } from './alertmanager/client.ts';
import { createElasticsearchClient } from './elasticsearch/client.ts';
import { scrubberForSource, scrubbingClient } from './scrub/scrubbing-client.ts';
import type { SourceClient, SourceConfig } from './source-client.ts';
import { createStatusCakeClient } from './statuscake/client.ts';
import { createTopdeskClient } from './topdesk/client.ts';

/** The client for a configured source, by its kind; nothing leaves it unscrubbed. */
export function createSourceClient(source: SourceConfig): SourceClient {
  return scrubbingClient(clientOfKind(source), scrubberForSource(source));
}

function clientOfKind(source: SourceConfig): SourceClient {
  switch (source.kind) {
    case 'topdesk':
      return createTopdeskClient(source);
    case 'statuscake':
      return createStatusCakeClient(source);
    case 'elasticsearch':
      return createElasticsearchClient(source);
    case 'alertmanager':
      return createAlertmanagerClient(source);
    default:
      return assertNever(source);
  }
}
