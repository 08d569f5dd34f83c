import type {
  ContactBookState,
  ContactEntry,
  ContactOrigin,
  ImportIssue,
} from '../../../../shared/contacts/contact-book.ts';
import type { Contact } from '../../../../shared/contacts/contacts.ts';
import type { DijkwachtApi } from '../../../../shared/ipc/create-api.ts';

type ContactMethod =
  | 'getContacts'
  | 'getContactBook'
  | 'importContacts'
  | 'saveContact'
  | 'removeContact'
  | 'writeClipboard';

/** What the next import brings: contacts replace the list; issues refuse the file; null cancels. */
export type NextImport =
  | { readonly file: string; readonly contacts: readonly Contact[] }
  | { readonly file: string; readonly issues: readonly ImportIssue[]; readonly more?: number }
  | null;

export interface CallRecorder {
  /** Records a call, and fails it when the test asked for that. */
  record(method: keyof DijkwachtApi, request?: unknown): Promise<void>;
}

/**
 * Main's contact list in memory for the component tests: the same answers (the whole new
 * list after every change), ids `c1`, `c2`, … in the order contacts enter.
 */
export function fakeContacts(initial: readonly Contact[], calls: CallRecorder) {
  let made = 0;
  const entry = (contact: Contact): ContactEntry => ({ id: `c${++made}`, contact });
  let entries = initial.map(entry);
  let origin: ContactOrigin = initial.length > 0 ? 'config' : 'none';
  let nextImport: NextImport = null;
  const clipboard: string[] = [];
  const book = (): ContactBookState => ({ entries: [...entries], origin, unreadable: null });
  const changed = (next: ContactEntry[]) => {
    entries = next;
    origin = 'app';
    return book();
  };

  const api: Pick<DijkwachtApi, ContactMethod> = {
    getContacts: async () => entries.map((known) => known.contact),
    getContactBook: async () => book(),
    importContacts: async () => {
      await calls.record('importContacts');
      if (nextImport === null) return { status: 'cancelled' };
      if ('issues' in nextImport) {
        const { file, issues, more = 0 } = nextImport;
        return { status: 'refused', file, issues: [...issues], more };
      }
      const { file, contacts } = nextImport;
      return {
        status: 'imported',
        file,
        count: contacts.length,
        book: changed(contacts.map(entry)),
      };
    },
    saveContact: async (request) => {
      await calls.record('saveContact', request);
      if (request.id === null) return changed([...entries, entry(request.contact)]);
      if (!entries.some((known) => known.id === request.id))
        throw new Error('no longer in the list');
      return changed(
        entries.map((known) =>
          known.id === request.id ? { id: known.id, contact: request.contact } : known,
        ),
      );
    },
    removeContact: async (request) => {
      await calls.record('removeContact', request);
      return changed(entries.filter((known) => known.id !== request.id));
    },
    writeClipboard: async (request) => {
      await calls.record('writeClipboard', request);
      clipboard.push(request.text);
      return undefined;
    },
  };

  return {
    api,
    /** What the next "Import…" finds in the file the user chose. */
    importNext: (next: NextImport) => void (nextImport = next),
    /** What "copy number" put on the clipboard, in order. */
    clipboard: () => [...clipboard],
  };
}
