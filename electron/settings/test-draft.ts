import { checkSourceDraft } from '../../shared/settings/source-checks.ts';
import type { SourceTestResult } from '../../shared/settings/settings-contract.ts';
import type { SourceDraft } from '../../shared/settings/source-draft.ts';
import type { SourceClient, SourceConfig } from '../sources/source-client.ts';
import type { Clock } from '../time/clock.ts';
import { testConnection } from './test-connection.ts';

export interface TestDraftOptions {
  readonly createClient: (source: SourceConfig) => SourceClient;
  readonly clock: Clock;
}

/**
 * "Test the connection": the form's values checked as the config would check them (an id
 * already in use is no reason not to test), then one poll with the real client.
 */
export async function testDraft(
  draft: SourceDraft,
  options: TestDraftOptions,
): Promise<SourceTestResult> {
  const check = checkSourceDraft(draft, { existingIds: [] });
  if (!check.ok) return { status: 'invalid', issues: [...check.issues] };
  return testConnection({ entry: check.entry, typed: check.secrets, ...options });
}
