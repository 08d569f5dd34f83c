import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Contact } from '../../../shared/contacts/contacts.ts';
import { testIds } from '../../testids.ts';
import { renderContacts } from './testing/render-contacts.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const PAT: Contact = {
  roleId: 'privacy-coordination',
  name: 'Pat de Vries',
  phone: '06-12345678',
  email: 'pat@example.nl',
  organisation: 'vws',
};
const SAM: Contact = { roleId: 'build-team', name: 'Sam Jansen', phone: '', email: '' };

/** The page once main's list has come (before, it says it is loading). */
const page = async () => {
  await screen.findByTestId(testIds.contactsOrigin);
  return screen.getByTestId(testIds.contactsPage);
};
const form = () => screen.getByTestId(testIds.contactForm);
const field = (name: string) => within(form()).getByTestId(testIds.contactField(name));
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });
const rowOf = (name: string) => {
  const row = screen.getAllByRole('listitem').find((item) => item.textContent?.startsWith(name));
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};

describe('ContactsPage (nl)', () => {
  it('lists the config file’s people per role and says where they come from', async () => {
    renderContacts({ contacts: [PAT, SAM] });
    const shown = await page();
    expect(within(shown).getByTestId(testIds.contactsOrigin).dataset.origin).toBe('config');
    expect(within(shown).getByTestId(testIds.contactsOrigin).textContent).toContain(
      'Uit het contactenbestand van de configuratie',
    );
    const privacy = within(shown).getByRole('region', { name: 'Privacy – coördinatie' });
    expect(privacy.textContent).toContain('Pat de Vries');
    expect(privacy.textContent).toContain('Ministerie van VWS');
    expect(privacy.textContent).toContain('06-12345678');
    expect(within(shown).getByRole('region', { name: 'Bouwteam' }).textContent).toContain(
      'Sam Jansen',
    );
  });

  it('adds a contact with an organisation of the playbook; the desk’s line card shows it at once', async () => {
    const fake = renderContacts({ contacts: [], cards: ['privacy'] });
    fireEvent.click(within(await page()).getByTestId(testIds.contactsAdd));
    fireEvent.change(field('roleId'), { target: { value: 'privacy-coordination' } });
    type('name', '  Pat de Vries ');
    type('phone', '+31 6 1234 5678');
    type('email', 'pat@example.nl');
    type('organisation', 'Ministerie van VWS');
    fireEvent.click(within(form()).getByTestId(testIds.actionSubmit));
    await waitFor(() =>
      expect(fake.calls('saveContact')).toEqual([
        {
          id: null,
          contact: {
            roleId: 'privacy-coordination',
            name: 'Pat de Vries',
            phone: '+31 6 1234 5678',
            email: 'pat@example.nl',
            organisation: 'vws',
          },
        },
      ]),
    );
    await waitFor(() => expect(screen.queryByTestId(testIds.contactForm)).toBeNull());
    expect(screen.getByTestId(testIds.contactsOrigin).dataset.origin).toBe('app');
    const card = screen.getByTestId(testIds.lineCard('privacy'));
    expect(within(card).getByTestId(testIds.phoneLink).getAttribute('href')).toBe(
      'tel:+31612345678',
    );
  });

  it('keeps any other organisation as typed', async () => {
    const fake = renderContacts();
    fireEvent.click(within(await page()).getByTestId(testIds.contactsAdd));
    fireEvent.change(field('roleId'), { target: { value: 'build-team' } });
    type('name', 'Kim');
    type('organisation', 'Gemeente Zwolle');
    fireEvent.click(within(form()).getByTestId(testIds.actionSubmit));
    await waitFor(() =>
      expect(fake.calls('saveContact')[0]?.contact.organisation).toBe('Gemeente Zwolle'),
    );
  });

  it('says what is wrong beside each field and sends nothing', async () => {
    const fake = renderContacts();
    fireEvent.click(within(await page()).getByTestId(testIds.contactsAdd));
    type('phone', 'bel me maar');
    type('email', 'pat at example');
    fireEvent.click(within(form()).getByTestId(testIds.actionSubmit));
    const errors = within(form())
      .getAllByRole('alert')
      .map((error) => error.textContent);
    expect(errors).toEqual([
      'Kies een rol uit het draaiboek',
      'Vul een naam in: op één regel, hoogstens 100 tekens',
      'Een telefoonnummer: cijfers, spaties, + - / . en haakjes, minstens 3 cijfers, hoogstens 40 tekens',
      'Een e-mailadres zoals naam@voorbeeld.nl, hoogstens 254 tekens',
    ]);
    expect(field('phone').getAttribute('aria-invalid')).toBe('true');
    expect(field('phone').getAttribute('aria-describedby')).toBeTruthy();
    expect(fake.calls('saveContact')).toEqual([]);
    // A pasted name that is too long is said to be, never cut short.
    type('name', 'x'.repeat(101));
    expect((field('name') as HTMLInputElement).value).toHaveLength(101);
  });

  it('keeps what was typed when main refuses, and says why', async () => {
    const fake = renderContacts();
    fake.failNext('saveContact', 'De lijst is vol (2000) / The list is full (2000)');
    fireEvent.click(within(await page()).getByTestId(testIds.contactsAdd));
    fireEvent.change(field('roleId'), { target: { value: 'build-team' } });
    type('name', 'Kim');
    fireEvent.click(within(form()).getByTestId(testIds.actionSubmit));
    await waitFor(() =>
      expect(within(form()).getByTestId(testIds.contactsError).textContent).toBe(
        'Niet opgeslagen: De lijst is vol (2000) / The list is full (2000)',
      ),
    );
    expect((field('name') as HTMLInputElement).value).toBe('Kim');
  });

  it('imports a file: the list is replaced and the page says how many', async () => {
    const fake = renderContacts({ contacts: [SAM] });
    fake.contacts.importNext({ file: 'team.csv', contacts: [PAT, { ...PAT, name: 'Jo Smit' }] });
    fireEvent.click(within(await page()).getByTestId(testIds.contactsImport));
    await waitFor(() =>
      expect(screen.getByTestId(testIds.contactsImportResult).textContent).toBe(
        '2 contactpersonen geïmporteerd uit team.csv.',
      ),
    );
    expect(screen.queryByText('Sam Jansen')).toBeNull();
    expect(screen.getByText('Jo Smit')).toBeTruthy();
  });

  it('does nothing visible when the import is cancelled', async () => {
    const fake = renderContacts({ contacts: [SAM] });
    fireEvent.click(within(await page()).getByTestId(testIds.contactsImport));
    await waitFor(() => expect(fake.calls('importContacts')).toHaveLength(1));
    expect(screen.queryByTestId(testIds.contactsImportResult)).toBeNull();
    expect(screen.getByText('Sam Jansen')).toBeTruthy();
  });

  it('shows hostile names as text', async () => {
    renderContacts({
      contacts: [
        { ...SAM, name: "=cmd|' /C calc'!A0" },
        { ...SAM, name: '<b>vet</b>' },
      ],
    });
    const shown = await page();
    expect(shown.textContent).toContain("=cmd|' /C calc'!A0");
    expect(shown.textContent).toContain('<b>vet</b>');
    expect(shown.querySelector('b')).toBeNull();
  });
});

describe('ContactsPage (en)', () => {
  it('edits a contact, the organisation shown by its name', async () => {
    const fake = renderContacts({ language: 'en', contacts: [PAT] });
    await page();
    fireEvent.click(screen.getByRole('button', { name: 'Edit Pat de Vries' }));
    expect(within(form()).getByRole('heading').textContent).toBe('Edit contact');
    expect((field('organisation') as HTMLInputElement).value).toBe('Ministerie van VWS');
    expect((field('roleId') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe(
      'Privacy – coordination',
    );
    type('phone', '070 123 4567');
    fireEvent.click(within(form()).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(fake.calls('saveContact')).toEqual([
        { id: 'c1', contact: { ...PAT, phone: '070 123 4567' } },
      ]),
    );
    await waitFor(() => expect(rowOf('Pat de Vries').textContent).toContain('070 123 4567'));
  });

  it('removes a contact only after a second, deliberate click', async () => {
    const fake = renderContacts({ language: 'en', contacts: [PAT, SAM] });
    await page();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Pat de Vries' }));
    const asking = screen.getByRole('group', { name: 'Remove Pat de Vries from the list?' });
    fireEvent.click(within(asking).getByRole('button', { name: 'Cancel' }));
    expect(fake.calls('removeContact')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Pat de Vries' }));
    fireEvent.click(screen.getByTestId(testIds.contactRemoveConfirm));
    await waitFor(() => expect(screen.queryByText('Pat de Vries')).toBeNull());
    expect(fake.calls('removeContact')).toEqual([{ id: 'c1' }]);
    expect(screen.getByText('Sam Jansen')).toBeTruthy();
  });

  it('names every problem of a refused import, and keeps the list', async () => {
    const fake = renderContacts({ language: 'en', contacts: [SAM] });
    fake.contacts.importNext({
      file: 'bad.csv',
      issues: [{ path: 'line 3: phone', message: 'expected a phone number' }],
      more: 2,
    });
    fireEvent.click(within(await page()).getByRole('button', { name: 'Import…' }));
    const result = await screen.findByTestId(testIds.contactsImportResult);
    expect(result.getAttribute('role')).toBe('alert');
    expect(result.textContent).toContain('bad.csv was not imported; the list has not changed.');
    expect(
      within(result)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['line 3: phone: expected a phone number', 'and 2 more problems']);
    expect(screen.getByText('Sam Jansen')).toBeTruthy();
  });

  it('says when there are no contacts yet, in English', async () => {
    renderContacts({ language: 'en' });
    expect((await screen.findByTestId(testIds.contactsOrigin)).textContent).toContain(
      'No contacts yet. Import a CSV or YAML file',
    );
  });
});
