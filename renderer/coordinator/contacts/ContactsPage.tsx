import { useState } from 'react';
import type { ContactBookState, ContactEntry } from '../../../shared/contacts/contact-book.ts';
import type { Playbook } from '../../../shared/playbook/playbook.ts';
import type { ViewData } from '../../common/view-data.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { ContactForm } from './ContactForm.tsx';
import { ContactRow } from './ContactRow.tsx';
import { useContactBook } from './contacts-api.ts';
import { ImportPanel } from './ImportPanel.tsx';

/** Which form is open: a new contact, or the one with this id. */
type Editing = { readonly id: string | null } | null;

/**
 * The contacts a coordinator keeps (docs/contacts.md): import a file, add, edit and remove
 * people, per role of the playbook. Every change is main's answer, shown on the desk at once.
 */
export function ContactsPage({ playbook }: ViewData) {
  const { t } = useI18n();
  const book = useContactBook();
  const [editing, setEditing] = useState<Editing>(null);
  return (
    <section
      className="contacts-page"
      aria-labelledby="contacts-title"
      data-testid={testIds.contactsPage}
    >
      <h2 id="contacts-title" className="panel-title">
        {t('contactsPage.title')}
      </h2>
      {book.error && (
        <p className="form-error" role="alert">
          {t('error.load', { message: book.error.message })}
        </p>
      )}
      {!book.data && !book.error && <p>{t('loading')}</p>}
      {book.data && (
        <>
          <BookOrigin book={book.data} />
          <div className="contacts-tools">
            <ImportPanel />
            <button
              type="button"
              className="tile-button"
              aria-expanded={editing?.id === null}
              onClick={() => setEditing({ id: null })}
              data-testid={testIds.contactsAdd}
            >
              {t('contactsPage.add')}
            </button>
          </div>
          {editing?.id === null && (
            <ContactForm playbook={playbook} editing={null} onDone={() => setEditing(null)} />
          )}
          <RoleGroups
            entries={book.data.entries}
            playbook={playbook}
            editingId={editing?.id ?? null}
            onEdit={(id) => setEditing(id === null ? null : { id })}
          />
        </>
      )}
    </section>
  );
}

/** Where the desk's contacts come from now, and a stored list that could not be read. */
function BookOrigin({ book }: { book: ContactBookState }) {
  const { t } = useI18n();
  return (
    <>
      <p className="contacts-origin" data-testid={testIds.contactsOrigin} data-origin={book.origin}>
        {t(`contactsPage.origin.${book.origin}`)}{' '}
        {book.entries.length > 0 && t('contactsPage.count', { n: book.entries.length })}
      </p>
      {book.unreadable && (
        <p className="form-error" role="alert">
          {t('contactsPage.unreadable', { reason: book.unreadable })}
        </p>
      )}
    </>
  );
}

interface RoleGroupsProps {
  readonly entries: readonly ContactEntry[];
  readonly playbook: Playbook;
  readonly editingId: string | null;
  readonly onEdit: (id: string | null) => void;
}

/** The people per role, in the playbook's order of roles; roles with nobody are left out. */
function RoleGroups({ entries, playbook, editingId, onEdit }: RoleGroupsProps) {
  const { language } = useI18n();
  const groups = playbook.roles
    .map((role) => ({ role, people: entries.filter((entry) => entry.contact.roleId === role.id) }))
    .filter((group) => group.people.length > 0);
  return (
    <div className="contacts-roles">
      {groups.map(({ role, people }) => (
        <section
          key={role.id}
          className="contacts-role"
          aria-labelledby={`contacts-role-${role.id}`}
        >
          <h3 id={`contacts-role-${role.id}`} className="contacts-role-title">
            {role.title[language]}
          </h3>
          <ul className="contacts-people">
            {people.map((entry) =>
              entry.id === editingId ? (
                <li key={entry.id}>
                  <ContactForm playbook={playbook} editing={entry} onDone={() => onEdit(null)} />
                </li>
              ) : (
                <ContactRow
                  key={entry.id}
                  entry={entry}
                  playbook={playbook}
                  onEdit={() => onEdit(entry.id)}
                />
              ),
            )}
          </ul>
        </section>
      ))}
    </div>
  );
}
