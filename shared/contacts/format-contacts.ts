import type { Contact } from './contacts.ts';
import { formatCsv } from './csv.ts';
import { markFormulaText } from './formula-cells.ts';

const COLUMNS = ['role', 'name', 'phone', 'email'] as const;

/**
 * Contacts as a CSV file parseContacts reads back as they are (roles and organisations by
 * id), safe to open in a spreadsheet: no cell of it runs as a formula. The organisation
 * column is written only when a contact has one, so files without it stay as they were.
 */
export function formatContactsCsv(contacts: readonly Contact[]): string {
  const withOrganisation = contacts.some((contact) => contact.organisation !== undefined);
  const rows = contacts.map((contact) => {
    const cells = [contact.roleId, contact.name, contact.phone, contact.email];
    if (withOrganisation) cells.push(contact.organisation ?? '');
    return cells.map(markFormulaText);
  });
  const header = withOrganisation ? [...COLUMNS, 'organisation'] : [...COLUMNS];
  return formatCsv([header, ...rows]);
}
