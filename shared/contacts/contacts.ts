import { z } from 'zod';
import type { Playbook } from '../playbook/playbook.ts';
import { err, ok, type Result } from '../result.ts';
import { ConfigError, toConfigIssues, type ConfigIssue } from '../config/config-issues.ts';
import { readYaml, sizeIssue } from '../config/read-yaml.ts';
import { parseCsv } from './csv.ts';
import { boundIssues, type ContactBounds } from './contact-limits.ts';
import { unmarkFormulaText } from './formula-cells.ts';
import { findOrganisationId, findRoleId } from './playbook-match.ts';

/**
 * People behind the playbook's roles (§1.5 of the seed). The seed's own were redacted, so
 * the default is none; a user loads theirs from a CSV or YAML file.
 */
export const contactSchema = z.strictObject({
  roleId: z.string(),
  name: z.string(),
  phone: z.string(),
  email: z.string(),
  /** An organisation id of the playbook when the file named one, else the text as written. */
  organisation: z.string().optional(),
});
export type Contact = Readonly<z.infer<typeof contactSchema>>;

const PHONE_CHARACTERS = /^[\d +\-()./]*$/;

/** Loosely: what people write in a phone number (`+31 (0)6 1234 5678`, `020/123.45.67`). */
export function isPhoneNumber(text: string): boolean {
  return text === '' || (PHONE_CHARACTERS.test(text) && text.replace(/\D/g, '').length >= 3);
}

const rowSchema = z.strictObject({
  role: z.string({ error: 'a role (its id or title)' }).min(1, 'a role (its id or title)'),
  name: z.string({ error: 'a name' }).min(1, 'a name'),
  phone: z
    .string({ error: 'a phone number as text' })
    .refine(
      isPhoneNumber,
      'a phone number (digits, spaces, +, -, /, . and parentheses; at least 3 digits)',
    )
    .default(''),
  email: z
    .union([z.literal(''), z.email({ error: 'an e-mail address' })], { error: 'an e-mail address' })
    .default(''),
  organisation: z.string({ error: 'an organisation as text' }).default(''),
});

export interface ParseContactsOptions {
  /**
   * Also hold every field and the list to the app's own bounds (contact-limits.ts), each
   * issue named by its line: what an import into the app must meet. A config's contacts
   * file is read without them, as it always was.
   */
  readonly bounds?: ContactBounds;
}

/** Parses a contacts file; `fileName` decides the format (.csv, else YAML) and names errors. */
export function parseContacts(
  text: string,
  fileName: string,
  playbook: Playbook,
  options: ParseContactsOptions = {},
): Result<Contact[], ConfigError> {
  const rows = fileName.toLowerCase().endsWith('.csv') ? csvRows(text) : yamlRows(text);
  if (!rows.ok) return err(new ConfigError(fileName, rows.error));
  const tooMany = options.bounds && tooManyIssue(rows.value.length, options.bounds);
  if (tooMany) return err(new ConfigError(fileName, [tooMany]));
  const issues: ConfigIssue[] = [];
  const contacts: Contact[] = [];
  for (const located of rows.value) {
    // reportInput lets the messages tell "missing" from "wrong"; the values themselves are never printed.
    const parsed = rowSchema.safeParse(located.row, { reportInput: true });
    if (!parsed.success) {
      for (const issue of toConfigIssues(parsed.error.issues))
        issues.push({ path: joinPath(located, issue.path), message: issue.message });
      continue;
    }
    const outOfBounds = options.bounds ? boundIssues(parsed.data, options.bounds) : [];
    for (const issue of outOfBounds)
      issues.push({ path: joinPath(located, issue.key), message: issue.message });
    if (outOfBounds.length > 0) continue;
    const roleId = findRoleId(parsed.data.role, playbook);
    if (!roleId) {
      issues.push({
        path: joinPath(located, 'role'),
        message: `expected a role of the playbook (an id such as privacy-coordination, or its Dutch or English title)`,
      });
      continue;
    }
    contacts.push({
      roleId,
      name: parsed.data.name,
      phone: parsed.data.phone,
      email: parsed.data.email,
      ...organisationOf(parsed.data.organisation, playbook),
    });
  }
  return issues.length > 0 ? err(new ConfigError(fileName, issues)) : ok(contacts);
}

function tooManyIssue(rows: number, bounds: ContactBounds): ConfigIssue | null {
  if (rows <= bounds.listMax) return null;
  return {
    path: '',
    message: `expected at most ${bounds.listMax} contacts (the file has ${rows})`,
  };
}

/** A row and where it is: `line 4` in a CSV file (header is line 1), `contacts[2]` in YAML. */
interface LocatedRow {
  readonly where: string;
  readonly row: unknown;
  /** What goes between `where` and a key: `line 4: phone` in a CSV file, `contacts[2].phone` in YAML. */
  readonly keySeparator: ': ' | '.';
}

function joinPath({ where, keySeparator }: LocatedRow, path: string): string {
  if (path === '') return where;
  return path.startsWith('[') ? `${where}${path}` : `${where}${keySeparator}${path}`;
}

/** An empty cell or key means no organisation; a known one is stored by its id. */
function organisationOf(text: string, playbook: Playbook): { organisation?: string } {
  const organisation = text.trim();
  if (organisation === '') return {};
  return { organisation: findOrganisationId(organisation, playbook) ?? organisation };
}

function csvRows(text: string): Result<LocatedRow[], ConfigIssue[]> {
  const tooLarge = sizeIssue(text);
  if (tooLarge) return err([tooLarge]);
  const table = parseCsv(text);
  if (!table.ok) return err([{ path: '', message: table.error }]);
  const [header, ...records] = table.value;
  const columns = (header?.cells ?? []).map(columnKey);
  for (const required of ['role', 'name']) {
    if (!columns.includes(required))
      return err([
        {
          path: `line ${header?.line ?? 1}`,
          message: 'expected a header with the columns role, name, phone, email, organisation',
        },
      ]);
  }
  return ok(
    records
      .filter((record) => record.cells.some((cell) => cell.trim() !== ''))
      .map((record) => ({
        where: `line ${record.line}`,
        keySeparator: ': ' as const,
        row: Object.fromEntries(
          columns.map((column, index) => [
            column,
            unmarkFormulaText(record.cells[index]?.trim() ?? ''),
          ]),
        ),
      })),
  );
}

/** A header cell as a row key: `E-mail` is `email`, the Dutch `organisatie` is `organisation`. */
function columnKey(cell: string): string {
  const key = cell.trim().toLowerCase().replace('e-mail', 'email');
  return key === 'organisatie' ? 'organisation' : key;
}

function yamlRows(text: string): Result<LocatedRow[], ConfigIssue[]> {
  const document = readYaml(text, 'YAML');
  if (!document.ok) return document;
  const wrapped = (document.value as { contacts?: unknown } | null)?.contacts;
  const list = wrapped ?? document.value;
  if (!Array.isArray(list))
    return err([
      { path: '', message: 'expected a list of contacts (role, name, phone, email, organisation)' },
    ]);
  return ok(
    list.map((row: unknown, index) => ({
      where: `${wrapped ? 'contacts' : ''}[${index}]`,
      keySeparator: '.' as const,
      row,
    })),
  );
}
