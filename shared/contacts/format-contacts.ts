import type { Contact } from './contacts.ts';
import { formatCsv } from './csv.ts';
import { markFormulaText } from './formula-cells.ts';

/**
 * Contacts as a CSV file parseContacts reads back as they are (roles by id), safe to open
 * in a spreadsheet: no cell of it runs as a formula.
 */
export function formatContactsCsv(contacts: readonly Contact[]): string {
  const rows = contacts.map((contact) =>
    [contact.roleId, contact.name, contact.phone, contact.email].map(markFormulaText),
  );
  return formatCsv([['role', 'name', 'phone', 'email'], ...rows]);
}
