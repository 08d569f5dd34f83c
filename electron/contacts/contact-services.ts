import path from 'node:path';
import { MAX_IMPORT_ISSUES } from '../../shared/contacts/contact-book.ts';
import type { Contact } from '../../shared/contacts/contacts.ts';
import type { InvokeHandlers } from '../../shared/ipc/dispatch.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import { ContactsFile } from './contacts-file.ts';
import { ContactStore } from './contact-store.ts';
import { readContactsFile } from './import-contacts.ts';

export type ContactChannel =
  | 'contacts:get'
  | 'contacts:book'
  | 'contacts:import'
  | 'contacts:save'
  | 'contacts:remove'
  | 'clipboard:write';

export interface ContactServiceOptions {
  /** The app's data folder: the list is kept there. */
  readonly dataDir: string;
  /** The config file, or null for the built-in demo, which keeps a list of its own. */
  readonly configFile: string | null;
  /** The config's `contacts:` file, already read. */
  readonly contacts: readonly Contact[];
  readonly playbook: Playbook;
  /** Asks which contacts file to import (a dialog in the app); null when the user cancels. */
  readonly chooseImportFile?: () => Promise<string | null>;
  /** Puts text on the system clipboard (Electron's clipboard in main). */
  readonly writeClipboard?: (text: string) => void;
}

export interface ContactServices {
  readonly handlers: Pick<InvokeHandlers, ContactChannel>;
  /** The people a Woo export redacts, as the list is now. */
  names(): string[];
}

/** The contacts' IPC: the desk's list, import, edit, and copying a number. */
export async function openContacts(options: ContactServiceOptions): Promise<ContactServices> {
  const store = await ContactStore.open({
    file: ContactsFile.in(options.dataDir, options.configFile === null),
    seed: options.contacts,
    playbook: options.playbook,
  });
  const chooseImportFile = options.chooseImportFile ?? (async () => null);
  const handlers: ContactServices['handlers'] = {
    'contacts:get': async () => store.contacts(),
    'contacts:book': async () => store.state(),
    'contacts:import': async () => {
      const file = await chooseImportFile();
      if (file === null) return { status: 'cancelled' };
      const read = await readContactsFile(file, options.playbook);
      if (!read.ok) {
        const { file: name, issues } = read.error;
        const shown = issues.slice(0, MAX_IMPORT_ISSUES).map(bounded);
        const more = issues.length - shown.length;
        return { status: 'refused', file: name.slice(0, 260), issues: shown, more };
      }
      const book = await store.replace(read.value);
      return { status: 'imported', file: fileName(file), count: read.value.length, book };
    },
    'contacts:save': ({ id, contact }) => store.save(id, contact),
    'contacts:remove': ({ id }) => store.remove(id),
    'clipboard:write': async ({ text }) => {
      if (!options.writeClipboard)
        throw new Error('Geen klembord beschikbaar / No clipboard available');
      options.writeClipboard(text);
      return undefined;
    },
  };
  return { handlers, names: () => store.names() };
}

/** The name the page shows: without the folder (which may name the user), within the contract's bound. */
function fileName(file: string): string {
  return path.basename(file).slice(0, 260);
}

/** An issue within the contract's bounds: a path or message is never long, but is never trusted to be. */
function bounded(issue: { path: string; message: string }) {
  return { path: issue.path.slice(0, 200), message: issue.message.slice(0, 500) };
}
