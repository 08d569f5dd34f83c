import path from 'node:path';

/**
 * Fictional people for every domain's first role (example.nl addresses, made-up numbers): the
 * file a browser test hands to "Importeren…" (openApp's `chooseImportFile`).
 */
export const SAMPLE_CONTACTS_CSV = path.join(import.meta.dirname, 'team-contacts.csv');
