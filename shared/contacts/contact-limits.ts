/**
 * What the app itself keeps of a contact (an import, the contacts form, its stored list):
 * enough for any real name, number and address, and a bound on what a hostile or mistaken
 * file can make the desk draw. A config's own contacts file is read without them, as before.
 */
export interface ContactBounds {
  readonly nameMax: number;
  /** "+31 (0)6 1234 5678 toestel 12" is 29: room for an extension, not for a paragraph. */
  readonly phoneMax: number;
  /** RFC 5321's longest forward path. */
  readonly emailMax: number;
  readonly organisationMax: number;
  /** A war room's list is dozens; thousands is the wrong file. */
  readonly listMax: number;
}

export const contactLimits: ContactBounds = {
  nameMax: 100,
  phoneMax: 40,
  emailMax: 254,
  organisationMax: 100,
  listMax: 2_000,
};

/**
 * Line breaks, control characters and the bidirectional overrides that can make a name read
 * as another (the "Trojan Source" trick): none belongs in a name, a number or an address.
 */
const CONTROL_CHARACTERS = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTERS.test(text);
}

/** The fields a contact's text is in, with the bound of each. */
export const boundedFields = [
  ['name', 'nameMax'],
  ['phone', 'phoneMax'],
  ['email', 'emailMax'],
  ['organisation', 'organisationMax'],
] as const satisfies readonly (readonly [string, keyof ContactBounds])[];

export type BoundedField = (typeof boundedFields)[number][0];

export interface BoundIssue {
  readonly key: BoundedField;
  readonly message: string;
}

/** What breaks the bounds in a contact's fields, each as "expected …" (never the value). */
export function boundIssues(
  fields: Readonly<Record<BoundedField, string | undefined>>,
  bounds: ContactBounds = contactLimits,
): BoundIssue[] {
  const issues: BoundIssue[] = [];
  for (const [key, limit] of boundedFields) {
    const value = fields[key] ?? '';
    if (value.length > bounds[limit])
      issues.push({ key, message: `expected at most ${bounds[limit]} characters` });
    else if (hasControlCharacters(value))
      issues.push({ key, message: 'expected text on one line, without control characters' });
  }
  return issues;
}
