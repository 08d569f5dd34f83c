import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../../shared/config/config-issues.ts';
import { parseConfigText, type Config } from '../../shared/config/parse-config.ts';
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
 */
export async function loadConfigFile(
  file: string,
  playbook: Playbook,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<LoadedConfig> {
  const text = await readText(file);
  const parsed = parseConfigText(text, { fileName: file, env });
  if (!parsed.ok) throw parsed.error;
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

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : 'it cannot be read';
    throw new ConfigError(file, [{ path: '', message: `cannot read the file: ${reason}` }]);
  }
}
