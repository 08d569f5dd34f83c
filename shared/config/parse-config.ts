import { err, ok, type Result } from '../result.ts';
import { checkSlackWebhooks } from './alerts-schema.ts';
import { configDocumentSchema, type ConfigDocument } from './config-schema.ts';
import { ConfigError, placeIssues, toPathIssues, type PathIssue } from './config-issues.ts';
import type { SecretRef } from './fields.ts';
import { readYamlDocument } from './read-yaml.ts';
import { resolveSecrets, type KeychainReader } from './resolve-secrets.ts';
import { safeParsePartly } from './safe-parse-partly.ts';
import type { SecretValue } from './secret.ts';

/** The config with every secret reference (`{ env: NAME }`, `{ keychain: NAME }`) replaced by the secret it names. */
export type Config = ResolveSecrets<ConfigDocument>;
type ResolveSecrets<T> = T extends SecretRef
  ? SecretValue
  : T extends readonly (infer U)[]
    ? ResolveSecrets<U>[]
    : T extends object
      ? { [K in keyof T]: ResolveSecrets<T[K]> }
      : T;

export interface ParseConfigOptions {
  /** Shown in every error, so the user knows which file to open. */
  readonly fileName: string;
  /** Where `{ env: NAME }` secrets come from (process.env in the CLI). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * Where `{ keychain: NAME }` secrets come from: the app's keychain store. Without one (the
   * command line), such a reference is refused with a line that says to use `{ env: NAME }`.
   */
  readonly keychain?: KeychainReader | undefined;
}

/**
 * Parses a YAML or JSON config text (JSON is YAML) and resolves its secrets. A config that
 * cannot be used is refused with every error at once, each placed at its line and column.
 */
export function parseConfigText(
  text: string,
  options: ParseConfigOptions,
): Result<Config, ConfigError> {
  const document = readYamlDocument(text, 'YAML or JSON');
  if (!document.ok) return err(new ConfigError(options.fileName, document.error));
  const value = document.value.data ?? {};
  // reportInput lets the messages tell "missing" from "wrong"; the values themselves are never printed.
  const parsed = safeParsePartly(configDocumentSchema({ demo: isDemo(value) }), value, {
    reportInput: true,
  });
  const issues: PathIssue[] = parsed.success ? [] : toPathIssues(parsed.issues);
  // The secrets of the parts that parsed are checked too, not left for the next run.
  const resolved = resolveSecrets(
    parsed.success ? parsed.data : parsed.partial,
    [],
    { env: options.env, keychain: options.keychain },
    issues,
  );
  // What a secret must look like depends on where it goes: a Slack webhook is a URL.
  checkSlackWebhooks(resolved, issues);
  if (issues.length > 0)
    return err(new ConfigError(options.fileName, placeIssues(issues, document.value.locate)));
  return ok(resolved as Config);
}

/** `demo: true`, as `dijkwacht simulate` writes it; anything else is checked as a user's config. */
function isDemo(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'demo' in value && value.demo === true;
}
