import { parseDocument } from 'yaml';
import { err, ok, type Result } from '../result.ts';
import { configDocumentSchema, type ConfigDocument } from './config-schema.ts';
import { ConfigError, formatPath, toConfigIssues, type ConfigIssue } from './config-issues.ts';
import { isSecretRef, type SecretRef } from './fields.ts';
import { SecretValue } from './secret.ts';

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
  const document = readYaml(text);
  if (!document.ok) return err(new ConfigError(options.fileName, document.error));
  const parsed = configDocumentSchema.safeParse(document.value ?? {}, { reportInput: true });
  // reportInput lets the messages tell "missing" from "wrong"; the values themselves are never printed.
  if (!parsed.success)
    return err(new ConfigError(options.fileName, toConfigIssues(parsed.error.issues)));
  const missing: ConfigIssue[] = [];
  const config = resolveSecrets(parsed.data, [], options.env, missing) as Config;
  return missing.length > 0 ? err(new ConfigError(options.fileName, missing)) : ok(config);
}

function readYaml(text: string): Result<unknown, ConfigIssue[]> {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    return err(
      document.errors.map((error) => {
        const position = error.linePos?.[0];
        const where = position ? `line ${position.line}, column ${position.col}` : 'the document';
        return {
          path: '',
          message: `not valid YAML or JSON at ${where}: ${error.code.toLowerCase().replaceAll('_', ' ')}`,
        };
      }),
    );
  }
  return ok(document.toJS());
}

function resolveSecrets(
  value: unknown,
  path: PropertyKey[],
  env: ParseConfigOptions['env'],
  missing: ConfigIssue[],
): unknown {
  if (isSecretRef(value)) {
    const secret = env[value.env];
    if (!secret) {
      missing.push({
        path: formatPath(path),
        message: `expected the environment variable ${value.env} to hold the secret, but it is not set`,
      });
      return null;
    }
    return new SecretValue(secret, `env ${value.env}`);
  }
  if (Array.isArray(value))
    return value.map((item, index) => resolveSecrets(item, [...path, index], env, missing));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        resolveSecrets(item, [...path, key], env, missing),
      ]),
    );
  }
  return value;
}
