import type { Playbook } from '../playbook/playbook.ts';
import { err, ok, type Result } from '../result.ts';
import type { ContactEntry } from './contact-book.ts';
import { contactLimits } from './contact-limits.ts';
import type { Contact } from './contacts.ts';
import { findOrganisationId } from './playbook-match.ts';

/**
 * Changes to the app's contact list, as pure functions: main applies them, writes the result
 * and only then shows it. Refusals are said in Dutch and English, as the desk's other errors.
 */

/** A contact as the list keeps it: trimmed, its role the playbook's, a known organisation by id. */
export function normaliseContact(
  contact: Contact,
  playbook: Pick<Playbook, 'roles' | 'organisations'>,
): Result<Contact, string> {
  if (!playbook.roles.some((role) => role.id === contact.roleId))
    return err('Geen rol van het draaiboek / Not a role of the playbook');
  const organisation = contact.organisation?.trim() ?? '';
  return ok({
    roleId: contact.roleId,
    name: contact.name.trim(),
    phone: contact.phone.trim(),
    email: contact.email.trim(),
    ...(organisation === ''
      ? {}
      : { organisation: findOrganisationId(organisation, playbook) ?? organisation }),
  });
}

/** Adds the contact at the end (`id` null, named by `newId`) or replaces the one with `id`. */
export function withContact(
  entries: readonly ContactEntry[],
  id: string | null,
  contact: Contact,
  newId: () => string,
): Result<ContactEntry[], string> {
  if (id === null) {
    if (entries.length >= contactLimits.listMax)
      return err(
        `De lijst is vol (${contactLimits.listMax}) / The list is full (${contactLimits.listMax})`,
      );
    return ok([...entries, { id: newId(), contact }]);
  }
  const index = entries.findIndex((entry) => entry.id === id);
  if (index < 0) return err(GONE);
  return ok(entries.map((entry, at) => (at === index ? { id, contact } : entry)));
}

/** The list without the contact with `id`. */
export function withoutContact(
  entries: readonly ContactEntry[],
  id: string,
): Result<ContactEntry[], string> {
  if (!entries.some((entry) => entry.id === id)) return err(GONE);
  return ok(entries.filter((entry) => entry.id !== id));
}

/** Another window changed the list meanwhile (or an import replaced it). */
const GONE =
  'Deze contactpersoon staat niet meer in de lijst / This contact is no longer in the list';
