import { boundedContactSchema } from '../../../shared/contacts/contact-book.ts';
import { contactLimits } from '../../../shared/contacts/contact-limits.ts';
import type { Contact } from '../../../shared/contacts/contacts.ts';
import { findOrganisationId } from '../../../shared/contacts/playbook-match.ts';
import type { Playbook } from '../../../shared/playbook/playbook.ts';

export const contactFields = ['roleId', 'name', 'phone', 'email', 'organisation'] as const;
export type ContactField = (typeof contactFields)[number];

/** What the form's inputs hold: text as typed, the organisation by its name. */
export type ContactFormValues = Record<ContactField, string>;

export type FieldErrors = Partial<Record<ContactField, true>>;

/** The bound each field's message names ({max}); the role has none. */
export const fieldMax: Record<ContactField, number | null> = {
  roleId: null,
  name: contactLimits.nameMax,
  phone: contactLimits.phoneMax,
  email: contactLimits.emailMax,
  organisation: contactLimits.organisationMax,
};

export function emptyValues(): ContactFormValues {
  return { roleId: '', name: '', phone: '', email: '', organisation: '' };
}

/** A stored contact in the form: a known organisation by its name, as people know it. */
export function valuesOf(contact: Contact, playbook: Pick<Playbook, 'organisations'>) {
  return {
    roleId: contact.roleId,
    name: contact.name,
    phone: contact.phone,
    email: contact.email,
    organisation: organisationName(contact.organisation, playbook),
  } satisfies ContactFormValues;
}

export function organisationName(
  organisation: string | undefined,
  playbook: Pick<Playbook, 'organisations'>,
): string {
  if (organisation === undefined) return '';
  return playbook.organisations.find((known) => known.id === organisation)?.name ?? organisation;
}

/**
 * The form's values as the contact main will check again: trimmed, a known organisation by
 * its id, held to the same schema — or which fields are wrong, before anything is sent.
 */
export function contactOf(
  values: ContactFormValues,
  playbook: Pick<Playbook, 'roles' | 'organisations'>,
): { contact: Contact; errors: null } | { contact: null; errors: FieldErrors } {
  const organisation = values.organisation.trim();
  const candidate = {
    roleId: values.roleId,
    name: values.name.trim(),
    phone: values.phone.trim(),
    email: values.email.trim(),
    ...(organisation === ''
      ? {}
      : { organisation: findOrganisationId(organisation, playbook) ?? organisation }),
  };
  const errors: FieldErrors = {};
  if (!playbook.roles.some((role) => role.id === candidate.roleId)) errors.roleId = true;
  const checked = boundedContactSchema.safeParse(candidate);
  if (!checked.success)
    for (const issue of checked.error.issues) {
      const field = issue.path[0];
      if (isField(field)) errors[field] = true;
    }
  if (Object.keys(errors).length > 0 || !checked.success) return { contact: null, errors };
  return { contact: checked.data, errors: null };
}

function isField(key: unknown): key is ContactField {
  return (contactFields as readonly unknown[]).includes(key);
}
