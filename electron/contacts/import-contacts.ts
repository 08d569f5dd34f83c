import path from 'node:path';
import type { ImportIssue } from '../../shared/contacts/contact-book.ts';
import { contactLimits } from '../../shared/contacts/contact-limits.ts';
import { parseContacts, type Contact } from '../../shared/contacts/contacts.ts';
import { FILE_TOO_LARGE, MAX_FILE_BYTES } from '../../shared/config/read-yaml.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import { err, ok, type Result } from '../../shared/result.ts';
import { fileFailure, readCapped } from '../files/atomic-file.ts';

export interface ImportRefusal {
  /** The file's name, without its folder. */
  readonly file: string;
  readonly issues: readonly ImportIssue[];
}

/**
 * Reads a contacts file a coordinator chose, as the config's contacts file is read (CSV or
 * YAML by its name, docs/config.md#contacts), and also within the app's bounds
 * (contact-limits.ts). Every problem names the file, where in it and what was expected.
 */
export async function readContactsFile(
  file: string,
  playbook: Playbook,
): Promise<Result<Contact[], ImportRefusal>> {
  const name = path.basename(file);
  const refuse = (...issues: ImportIssue[]) => err({ file: name, issues });
  let bytes: Buffer;
  try {
    bytes = await readCapped(file, MAX_FILE_BYTES + 1);
  } catch (error) {
    return refuse({ path: '', message: `cannot read the file: ${fileFailure(error)}` });
  }
  if (bytes.length > MAX_FILE_BYTES) return refuse(FILE_TOO_LARGE);
  const text = utf8(bytes);
  if (text === null)
    return refuse({
      path: '',
      message: 'expected UTF-8 text (in a spreadsheet, save as "CSV UTF-8")',
    });
  const parsed = parseContacts(text, name, playbook, { bounds: contactLimits });
  if (!parsed.ok)
    return err({
      file: name,
      issues: parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message })),
    });
  return ok(parsed.value);
}

/**
 * Strict UTF-8: a spreadsheet's "CSV" in Windows-1252 would otherwise turn every ë into
 * U+FFFD without a word; refused, it is named, with how to save it right.
 */
function utf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
