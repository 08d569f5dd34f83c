import { err, ok, type Result } from '../result.ts';
import { configDocumentSchema, type ConfigDocument } from './config-schema.ts';
import { ConfigError, toConfigIssues, type ConfigIssue } from './config-issues.ts';
import type { SecretRef } from './fields.ts';
import { readYaml } from './read-yaml.ts';
import { resolveSecrets } from './resolve-secrets.ts';
import type { SecretValue } from './secret.ts';

/** The config with every `{ env: NAME }` replaced by the secret it names. */
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
}

/** Parses a YAML or JSON config text (JSON is YAML) and resolves its secrets. */
export function parseConfigText(
  text: string,
  options: ParseConfigOptions,
): Result<Config, ConfigError> {
  const document = readYaml(text, 'YAML or JSON');
  if (!document.ok) return err(new ConfigError(options.fileName, document.error));
  const value = document.value ?? {};
  // reportInput lets the messages tell "missing" from "wrong"; the values themselves are never printed.
  const parsed = configDocumentSchema({ demo: isDemo(value) }).safeParse(value, {
    reportInput: true,
  });
  if (!parsed.success)
    return err(new ConfigError(options.fileName, toConfigIssues(parsed.error.issues)));
  const issues: ConfigIssue[] = [];
  const config = resolveSecrets(parsed.data, [], options.env, issues) as Config;
  return issues.length > 0 ? err(new ConfigError(options.fileName, issues)) : ok(config);
}

/** `demo: true`, as `dijkwacht simulate` writes it; anything else is checked as a user's config. */
function isDemo(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'demo' in value && value.demo === true;
}
