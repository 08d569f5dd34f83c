import { parseConfigText } from '../../shared/config/parse-config.ts';
import type { SourceAddResult } from '../../shared/settings/settings-contract.ts';
import { checkSourceDraft } from '../../shared/settings/source-checks.ts';
import {
  keychainNameFor,
  type FieldIssue,
  type SourceDraft,
} from '../../shared/settings/source-draft.ts';
import type { SecretStore } from '../secrets/secret-store.ts';
import { documentData, withSourceAppended, type ConfigDocumentFile } from './config-document.ts';
import { sourceIds } from './configured-sources.ts';

export interface AddSourceOptions {
  /** The config file; null on the built-in demo, which has none to write to. */
  readonly config: ConfigDocumentFile | null;
  readonly secrets: SecretStore;
  /** The other sources' `{ env: NAME }`, for checking the whole file after the change. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The new config did not pass its own check at the new source: nothing is written. */
class RefusedEdit extends Error {
  readonly issues: readonly FieldIssue[];

  constructor(issues: readonly FieldIssue[]) {
    super('the new source does not pass the config check');
    this.issues = issues;
  }
}

/**
 * Adds a source from the settings form: checked as the config file checks it, its secrets
 * into the keychain store first (so the file never names a secret the keychain lacks), then
 * the source appended to `sources:` with the user's comments and layout kept, and the whole
 * new file checked once more before it replaces the old one. A refusal writes nothing.
 */
export async function addSource(
  draft: SourceDraft,
  options: AddSourceOptions,
): Promise<SourceAddResult> {
  const { config, secrets } = options;
  if (!config) return { status: 'no-config-file' };
  const existingIds = sourceIds(documentData(await config.read()));
  const check = checkSourceDraft(draft, { existingIds });
  if (!check.ok) return { status: 'invalid', issues: [...check.issues] };
  const state = secrets.state();
  if (check.secrets.size > 0 && !state.usable)
    return { status: 'keychain-refused', reason: state.reason };
  const stored: string[] = [];
  try {
    for (const [key, value] of check.secrets) {
      const name = keychainNameFor(draft.id, key);
      await secrets.set(name, value);
      stored.push(name);
    }
    let index = -1;
    await config.edit(
      (text, document) => {
        const appended = withSourceAppended(text, document, check.entry);
        index = appended.index;
        return appended.text;
      },
      (text) => {
        const parsed = parseConfigText(text, {
          fileName: config.file,
          env: options.env,
          keychain: secrets,
        });
        const issues = parsed.ok ? [] : issuesOfSource(parsed.error.issues, index);
        if (issues.length > 0) throw new RefusedEdit(issues);
      },
    );
  } catch (error) {
    // Nothing half-done: the secrets stored for a source that was not written go again.
    for (const name of stored) await secrets.remove(name).catch(() => undefined);
    if (error instanceof RefusedEdit) return { status: 'invalid', issues: [...error.issues] };
    throw error;
  }
  return { status: 'saved', id: draft.id, configFile: config.file };
}

/**
 * The config check's issues at `sources[index]`, as field issues. Issues elsewhere in the
 * file are not the new source's: the app started with that file, and the next start names them.
 */
function issuesOfSource(
  issues: readonly { readonly path: string; readonly message: string }[],
  index: number,
): FieldIssue[] {
  const prefix = `sources[${index}]`;
  return issues.flatMap((issue) => {
    if (issue.path !== prefix && !issue.path.startsWith(`${prefix}.`)) return [];
    const field = issue.path.slice(prefix.length + 1).split(/[.[]/)[0] || null;
    return [{ field, message: issue.message }];
  });
}
