import { readFile } from 'node:fs/promises';

/** The version in package.json: the one number the CLI, the app and the packages share. */
export async function packageVersion(): Promise<string> {
  const text = await readFile(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}
