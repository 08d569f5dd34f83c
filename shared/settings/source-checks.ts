import { toPathIssues } from '../config/config-issues.ts';
import { SOURCE_DURATIONS } from '../config/duration-bounds.ts';
import { idField } from '../config/fields.ts';
import { secretValueProblem } from '../config/resolve-secrets.ts';
import { sourceSchemaWith } from '../config/sources-schema.ts';
import {
  draftFieldsByKind,
  keychainNameFor,
  secretKeys,
  type DraftField,
  type FieldIssue,
  type SecretKey,
  type SourceDraft,
} from './source-draft.ts';

/** The config's own source schema, with a user's bounds: what the file would be checked with. */
const sourceSchema = sourceSchemaWith(SOURCE_DURATIONS);

export interface SourceCheckContext {
  /** The ids of the sources the config has already. */
  readonly existingIds: readonly string[];
}

export type SourceCheck =
  | {
      readonly ok: true;
      /** The source as it goes into the config: secrets as `{ keychain: NAME }`. */
      readonly entry: Readonly<Record<string, unknown>>;
      /** The secrets typed in the form, by key, to be kept in the keychain. */
      readonly secrets: ReadonlyMap<SecretKey, string>;
    }
  | { readonly ok: false; readonly issues: readonly FieldIssue[] };

/**
 * Checks a source from the settings form exactly as the config file's check would: the same
 * schema, the same messages (`expected …`), the same rule that ids are unique and the same
 * checks of each secret's value. Runs in the renderer as the user types and again in main.
 */
export function checkSourceDraft(draft: SourceDraft, context: SourceCheckContext): SourceCheck {
  const secrets = typedSecrets(draft);
  const entry = configEntry(draft, secrets);
  const parsed = sourceSchema.safeParse(entry, { reportInput: true });
  const issues: FieldIssue[] = parsed.success
    ? []
    : toPathIssues(parsed.error.issues).map((issue) => ({
        field: fieldOf(issue.path[0], draft),
        message: secretField(issue.path[0]) ? secretMessage(issue.message) : issue.message,
      }));
  if (draft.id && context.existingIds.includes(draft.id))
    issues.push({
      field: 'id',
      message: `expected a unique source id ("${draft.id}" is used twice)`,
    });
  for (const [key, value] of secrets) {
    const problem = secretValueProblem(value, key, `the ${key}`);
    if (problem) issues.push({ field: key, message: problem });
  }
  return issues.length > 0 ? { ok: false, issues: dedupe(issues) } : { ok: true, entry, secrets };
}

/** The secrets typed for the fields this kind takes; an empty field is "not typed". */
function typedSecrets(draft: SourceDraft): Map<SecretKey, string> {
  const fields = draftFieldsByKind[draft.kind];
  const typed = new Map<SecretKey, string>();
  for (const key of secretKeys) {
    const value = draft.secrets[key];
    if (value && fields.includes(key)) typed.set(key, value);
  }
  return typed;
}

/**
 * The draft as a config entry: only the keys its kind takes, empty fields left out (so the
 * config's defaults apply and a missing required key says "(missing)" as in the file).
 */
function configEntry(
  draft: SourceDraft,
  secrets: ReadonlyMap<SecretKey, string>,
): Record<string, unknown> {
  const fields = draftFieldsByKind[draft.kind];
  // An id the schema refuses has its own issue; its secrets' names must not add another.
  const owner = idField.safeParse(draft.id).success ? draft.id : 'source';
  const entry: Record<string, unknown> = { id: draft.id, kind: draft.kind };
  for (const field of fields) {
    if (field === 'id') continue;
    if (field === 'allowHttp') {
      if (draft.allowHttp) entry.allowHttp = true;
    } else if (isSecretKey(field)) {
      // Only what was typed: a secret kept earlier is never lent to a URL typed in a form.
      if (secrets.has(field)) entry[field] = { keychain: keychainNameFor(owner, field) };
    } else if (draft[field] !== '') {
      entry[field] = draft[field];
    }
  }
  if (draft.id === '') delete entry.id;
  return entry;
}

function isSecretKey(field: string): field is SecretKey {
  return (secretKeys as readonly string[]).includes(field);
}

function secretField(key: PropertyKey | undefined): boolean {
  return typeof key === 'string' && isSecretKey(key);
}

/** In the form a secret is typed, not referenced: "missing" is the one thing to say about it. */
function secretMessage(message: string): string {
  return message.endsWith('(missing)') ? 'expected the password or token (missing)' : message;
}

function fieldOf(key: PropertyKey | undefined, draft: SourceDraft): DraftField | null {
  const fields: readonly string[] = draftFieldsByKind[draft.kind];
  return typeof key === 'string' && fields.includes(key) ? (key as DraftField) : null;
}

function dedupe(issues: readonly FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.field}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
