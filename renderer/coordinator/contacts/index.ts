/**
 * The contacts and calls of the coordinator's desk (docs/contacts.md): the page that keeps
 * the list, and a line card per domain. The desk places them; nothing here knows the layout.
 */
export { ContactsPage } from './ContactsPage.tsx';
export { LineCard, type LineCardProps } from './LineCard.tsx';
export { contactBookKey, useContactBook } from './contacts-api.ts';
