import { randomUUID } from 'node:crypto';
import { toConfigIssues } from '../../shared/config/config-issues.ts';
import {
  boundedContactSchema,
  type ContactBookState,
  type ContactEntry,
  type ContactOrigin,
} from '../../shared/contacts/contact-book.ts';
import {
  normaliseContact,
  withContact,
  withoutContact,
} from '../../shared/contacts/contact-list.ts';
import type { Contact } from '../../shared/contacts/contacts.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import type { Result } from '../../shared/result.ts';
import { fileFailure } from '../files/atomic-file.ts';
import type { ContactsFile, StoredRead } from './contacts-file.ts';

/** A change the list refuses (an unknown role, a contact gone, a write that failed): nothing changed. */
export class ContactError extends Error {
  override readonly name = 'ContactError';
}

export interface ContactStoreOptions {
  readonly file: ContactsFile;
  /** The config's `contacts:` file: shown until the app has a list of its own, and its start. */
  readonly seed: readonly Contact[];
  readonly playbook: Pick<Playbook, 'roles' | 'organisations'>;
  /** Names new contacts (default: random UUIDs). */
  readonly newId?: () => string;
}

/**
 * The desk's contacts (docs/contacts.md#where-the-desk-s-contacts-come-from): the app's own
 * list once it has one (imported or edited here), else the config's contacts file. Every
 * change is written first and shown after, one at a time: a failed write loses nothing.
 */
export class ContactStore {
  readonly #options: ContactStoreOptions;
  readonly #newId: () => string;
  #entries: readonly ContactEntry[];
  #origin: ContactOrigin;
  /** Why the stored file was not used; it is moved aside before the first write. */
  #unreadable: string | null;
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(options: ContactStoreOptions, stored: StoredRead) {
    this.#options = options;
    this.#newId = options.newId ?? randomUUID;
    if (stored.status === 'ok') {
      this.#entries = stored.entries;
      this.#origin = 'app';
      this.#unreadable = null;
    } else {
      this.#entries = options.seed.map((contact) => ({ id: this.#newId(), contact }));
      this.#origin = options.seed.length > 0 ? 'config' : 'none';
      this.#unreadable = stored.status === 'unreadable' ? stored.reason : null;
    }
  }

  /** Reads the stored list; a missing or unreadable one never stops the app (the seed is shown). */
  static async open(options: ContactStoreOptions): Promise<ContactStore> {
    return new ContactStore(options, await options.file.read(options.playbook));
  }

  state(): ContactBookState {
    return { entries: [...this.#entries], origin: this.#origin, unreadable: this.#unreadable };
  }

  contacts(): Contact[] {
    return this.#entries.map((entry) => entry.contact);
  }

  /** Everyone a Woo export must redact: the list's people and the config file's. */
  names(): string[] {
    return [...new Set([...this.#options.seed, ...this.contacts()].map((contact) => contact.name))];
  }

  /** Replaces the whole list (an import). */
  replace(contacts: readonly Contact[]): Promise<ContactBookState> {
    return this.#change(() => {
      const entries: ContactEntry[] = [];
      for (const contact of contacts)
        entries.push({ id: this.#newId(), contact: this.#normalised(contact) });
      return entries;
    });
  }

  /** Adds a contact (`id` null) or replaces the one with `id`. */
  save(id: string | null, contact: Contact): Promise<ContactBookState> {
    return this.#change((entries) =>
      accepted(withContact(entries, id, this.#normalised(contact), this.#newId)),
    );
  }

  remove(id: string): Promise<ContactBookState> {
    return this.#change((entries) => accepted(withoutContact(entries, id)));
  }

  #normalised(contact: Contact): Contact {
    return accepted(normaliseContact(contact, this.#options.playbook));
  }

  /** One change at a time, each on the list the one before left: computed, written, then shown. */
  #change(next: (entries: readonly ContactEntry[]) => readonly ContactEntry[]) {
    const run = this.#queue.then(async () => {
      const entries = next(this.#entries);
      checkWritable(entries);
      await this.#write(entries);
      this.#entries = entries;
      this.#origin = 'app';
      this.#unreadable = null;
      return this.state();
    });
    this.#queue = run.catch(() => {});
    return run;
  }

  async #write(entries: readonly ContactEntry[]): Promise<void> {
    const { file } = this.#options;
    try {
      // The user's damaged list is kept (beside it) rather than overwritten unseen.
      if (this.#unreadable !== null) await file.keepAside().catch(ignoreMissing);
      await file.write(entries);
    } catch (error) {
      throw new ContactError(
        `Kan de contactpersonen niet opslaan / Cannot save the contacts: ${fileFailure(error)}`,
      );
    }
  }
}

function accepted<T>(result: Result<T, string>): T {
  if (!result.ok) throw new ContactError(result.error);
  return result.value;
}

/**
 * The app keeps only what its own form would accept; a contact from the config's file may
 * break a bound (a name over 100 characters), and is then named rather than cut.
 */
function checkWritable(entries: readonly ContactEntry[]): void {
  for (const [index, { contact }] of entries.entries()) {
    const checked = boundedContactSchema.safeParse(contact);
    if (checked.success) continue;
    const [issue] = toConfigIssues(checked.error.issues);
    throw new ContactError(
      `Contactpersoon ${index + 1} past niet / Contact ${index + 1} does not fit: ${issue?.path ?? ''}: ${issue?.message ?? ''}`,
    );
  }
}

function ignoreMissing(error: unknown): void {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
}
