import { SecretValue } from '../../../shared/config/secret.ts';
import type { SourceClient, SourceConfig } from '../source-client.ts';
import { SourceError, toSourceError } from '../source-error.ts';
import { Scrubber } from './scrubber.ts';
import { secretForms } from './secret-forms.ts';

/**
 * The one way out of a client: its signals and its errors pass the scrubber, so a source that
 * echoes our credentials (in an error body, a Location header, a ticket field) cannot put
 * them on a screen, in a log, a snapshot or an export.
 */
export function scrubbingClient(client: SourceClient, scrubber: Scrubber): SourceClient {
  return {
    async poll(context) {
      try {
        return scrubber.deep(await client.poll(context));
      } catch (error) {
        // Our own abort (shutdown) carries our reason, not the source's words.
        if (!(error instanceof SourceError) && context.signal.aborted) throw error;
        throw scrubber.error(toSourceError(error));
      }
    },
  };
}

/** A scrubber for every secret of one configured source. */
export function scrubberForSource(source: SourceConfig): Scrubber {
  const username = 'username' in source ? source.username : undefined;
  const forms = Object.values(source)
    .filter((value): value is SecretValue => value instanceof SecretValue)
    .flatMap((secret) => secretForms(secret.reveal(), username));
  return new Scrubber(forms);
}
