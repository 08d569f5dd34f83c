import { readCapped } from '../files/atomic-file.ts';
import path from 'node:path';
import { ConfigError } from '../../shared/config/config-issues.ts';
import { parseConfigText, type Config } from '../../shared/config/parse-config.ts';
import { FILE_TOO_LARGE, MAX_FILE_BYTES } from '../../shared/config/read-yaml.ts';
import type { KeychainReader } from '../../shared/config/resolve-secrets.ts';
import { parseContacts, type Contact } from '../../shared/contacts/contacts.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';

export interface LoadedConfig {
  readonly file: string;
  readonly config: Config;
  readonly contacts: readonly Contact[];
}

/**
 * Reads and validates a config file and the contacts file it names. Throws ConfigError
 * (file, path inside it, what was expected) and nothing else for a config that cannot be used.
 * `keychain` is the app's secret store; without it (the CLI) `{ keychain: NAME }` is refused.
 */
export async function loadConfigFile(
  file: string,
  playbook: Playbook,
  env: Readonly<Record<string, string | undefined>> = process.env,
  keychain?: KeychainReader,
): Promise<LoadedConfig> {
  const text = await readText(file);
  const parsed = parseConfigText(text, { fileName: file, env, keychain });
  if (!parsed.ok) throw parsed.error;
  // Without sources every domain stays unknown for good: likely the wrong file, or a stub.
  if (parsed.value.sources.length === 0)
    throw new ConfigError(file, [
      { path: '', message: 'no sources configured (add at least one under sources:)' },
    ]);
  const contacts = parsed.value.contacts
    ? await loadContacts(path.resolve(path.dirname(file), parsed.value.contacts), playbook)
    : [];
  return { file, config: parsed.value, contacts };
}

async function loadContacts(file: string, playbook: Playbook): Promise<Contact[]> {
  const parsed = parseContacts(await readText(file), file, playbook);
  if (!parsed.ok) throw parsed.error;
  return parsed.value;
}

/** A config or contacts file's text, at most MAX_FILE_BYTES; ConfigError when it cannot be read. */
export async function readText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readCapped(file, MAX_FILE_BYTES + 1);
  } catch (error) {
    throw new ConfigError(file, [
      { path: '', message: `cannot read the file: ${readFailure(error)}` },
    ]);
  }
  if (bytes.length > MAX_FILE_BYTES) throw new ConfigError(file, [FILE_TOO_LARGE]);
  return bytes.toString('utf8');
}

function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES') return 'permission denied';
  return 'it cannot be read';
}
