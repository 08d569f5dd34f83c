import { z } from 'zod';
import { contactLimits, hasControlCharacters } from './contact-limits.ts';
import { contactSchema, isPhoneNumber } from './contacts.ts';

/**
 * The app's own contact list (docs/contacts.md): what the desk shows once a coordinator
 * imported or edited contacts in the app, kept in its data folder — never in the snapshot,
 * never in an export. These are the shapes that cross IPC and that the stored file holds.
 */

const PHONE_EXPECTED =
  'a phone number (digits, spaces, +, -, /, . and parentheses; at least 3 digits)';

/** One line of text of at most `max` characters; messages say what was expected, not the value. */
function boundedText(max: number, expected: string) {
  return z
    .string({ error: expected })
    .max(max, `${expected} of at most ${max} characters`)
    .refine(
      (text) => !hasControlCharacters(text),
      `${expected} on one line, without control characters`,
    );
}

/** A contact as the app keeps it and as the contacts form sends it: bounded, one line each. */
export const boundedContactSchema = z.strictObject({
  roleId: z.string().min(1, 'a role').max(80, 'a role of the playbook'),
  name: boundedText(contactLimits.nameMax, 'a name').refine((name) => name.trim() !== '', 'a name'),
  phone: boundedText(contactLimits.phoneMax, 'a phone number').refine(
    isPhoneNumber,
    PHONE_EXPECTED,
  ),
  email: z.union([z.literal(''), z.email('an e-mail address').max(contactLimits.emailMax)], {
    error: 'an e-mail address',
  }),
  /** An organisation id of the playbook, or the text as written. */
  organisation: boundedText(contactLimits.organisationMax, 'an organisation')
    .refine((text) => text.trim() !== '', 'an organisation, or none')
    .optional(),
});

/** The phone number a "copy number" button puts on the clipboard: a number, nothing longer. */
export const phoneNumberTextSchema = z
  .string()
  .min(3)
  .max(contactLimits.phoneMax)
  .refine((text) => text !== '' && isPhoneNumber(text), PHONE_EXPECTED);

/** Made by main when a contact enters the list; how the form names the one it edits. */
export const contactIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'a contact id');

export const contactEntrySchema = z.strictObject({ id: contactIdSchema, contact: contactSchema });
export type ContactEntry = z.infer<typeof contactEntrySchema>;

/**
 * Where the desk's contacts come from: `app` — the app's own list (imported or edited here);
 * `config` — the config's `contacts:` file, until the app has a list of its own; `none`.
 */
export const contactOrigins = ['app', 'config', 'none'] as const;
export type ContactOrigin = (typeof contactOrigins)[number];

export const contactBookSchema = z.strictObject({
  entries: z.array(contactEntrySchema),
  origin: z.enum(contactOrigins),
  /** The stored list could not be read (damaged, or not ours): why. The config's list is shown. */
  unreadable: z.string().max(500).nullable(),
});
export type ContactBookState = z.infer<typeof contactBookSchema>;

/** How many of an import's problems are sent to the page; the rest are counted. */
export const MAX_IMPORT_ISSUES = 50;

export const importIssueSchema = z.strictObject({
  /** Where in the file: `line 4: phone`, `[2].email`; empty for the whole file. */
  path: z.string().max(200),
  message: z.string().max(500),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

export const contactImportResultSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('imported'),
    /** The file's name (not its folder). */
    file: z.string().max(260),
    count: z.number().int().min(0),
    book: contactBookSchema,
  }),
  /** Nothing was changed: the list stays as it was. */
  z.strictObject({
    status: z.literal('refused'),
    file: z.string().max(260),
    issues: z.array(importIssueSchema).max(MAX_IMPORT_ISSUES),
    /** Problems beyond the first MAX_IMPORT_ISSUES. */
    more: z.number().int().min(0),
  }),
  z.strictObject({ status: z.literal('cancelled') }),
]);
export type ContactImportResult = z.infer<typeof contactImportResultSchema>;

/** Adds a contact (`id: null`) or replaces the one with that id. */
export const saveContactRequestSchema = z.strictObject({
  id: contactIdSchema.nullable(),
  contact: boundedContactSchema,
});

export const removeContactRequestSchema = z.strictObject({ id: contactIdSchema });
