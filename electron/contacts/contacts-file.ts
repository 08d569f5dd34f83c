import { rename } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { formatIssue, toConfigIssues } from '../../shared/config/config-issues.ts';
import {
  boundedContactSchema,
  contactIdSchema,
  type ContactEntry,
} from '../../shared/contacts/contact-book.ts';
import { contactLimits } from '../../shared/contacts/contact-limits.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import {
  fileFailure,
  readCapped,
  writeFileAtomic,
  type AtomicSteps,
} from '../files/atomic-file.ts';

/** A full list (listMax contacts at their longest) is under 2 MB; more is not our file. */
const MAX_STORED_BYTES = 4 * 1_048_576;
/** The longest reason an unreadable file is reported with. */
const MAX_REASON = 500;

/** The stored form: a version, so a later build can tell its own files from ours. */
const storedSchema = z.strictObject({
  version: z.literal(1),
  contacts: z
    .array(boundedContactSchema.extend({ id: contactIdSchema }))
    .max(contactLimits.listMax),
});

export type StoredRead =
  | { readonly status: 'missing' }
  | { readonly status: 'ok'; readonly entries: ContactEntry[] }
  | { readonly status: 'unreadable'; readonly reason: string };

/**
 * The app's own contact list in its data folder (`contacts.json`; the built-in demo keeps
 * `demo-contacts.json`, as it keeps its own timeline). Written atomically; read as untrusted.
 */
export class ContactsFile {
  readonly path: string;
  readonly #steps: AtomicSteps | undefined;

  constructor(file: string, steps?: AtomicSteps) {
    this.path = file;
    this.#steps = steps;
  }

  static in(dataDir: string, demo: boolean): ContactsFile {
    return new ContactsFile(path.join(dataDir, demo ? 'demo-contacts.json' : 'contacts.json'));
  }

  /** The list as stored, or why it cannot be used; never throws. */
  async read(playbook: Pick<Playbook, 'roles'>): Promise<StoredRead> {
    let bytes: Buffer;
    try {
      bytes = await readCapped(this.path, MAX_STORED_BYTES + 1);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
      return this.#unreadable(`cannot read the file: ${fileFailure(error)}`);
    }
    if (bytes.length > MAX_STORED_BYTES) return this.#unreadable('the file is too large');
    let data: unknown;
    try {
      data = JSON.parse(bytes.toString('utf8'));
    } catch {
      return this.#unreadable('not valid JSON');
    }
    const parsed = storedSchema.safeParse(data, { reportInput: true });
    if (!parsed.success) {
      const [first] = toConfigIssues(parsed.error.issues);
      return this.#unreadable(first ? `${first.path}: ${first.message}` : 'not a contact list');
    }
    return this.#checked(parsed.data.contacts, playbook);
  }

  async write(entries: readonly ContactEntry[]): Promise<void> {
    const stored = {
      version: 1,
      contacts: entries.map(({ id, contact }) => ({ id, ...contact })),
    };
    await writeFileAtomic(this.path, `${JSON.stringify(stored, null, 2)}\n`, this.#steps);
  }

  /** Moves an unreadable file aside (`contacts.unreadable.json`) before a new list replaces it. */
  async keepAside(): Promise<string> {
    const aside = this.path.replace(/\.json$/, '') + '.unreadable.json';
    await rename(this.path, aside);
    return aside;
  }

  #checked(
    stored: readonly (ContactEntry['contact'] & { id: string })[],
    playbook: Pick<Playbook, 'roles'>,
  ): StoredRead {
    const roles = new Set(playbook.roles.map((role) => role.id));
    const ids = new Set<string>();
    const entries: ContactEntry[] = [];
    for (const [index, { id, ...contact }] of stored.entries()) {
      if (!roles.has(contact.roleId))
        return this.#unreadable(`contacts[${index}].roleId: expected a role of the playbook`);
      if (ids.has(id)) return this.#unreadable(`contacts[${index}].id: expected an id of its own`);
      ids.add(id);
      entries.push({ id, contact });
    }
    return { status: 'ok', entries };
  }

  #unreadable(problem: string): StoredRead {
    const reason = formatIssue(path.basename(this.path), { path: '', message: problem });
    return { status: 'unreadable', reason: reason.slice(0, MAX_REASON) };
  }
}
