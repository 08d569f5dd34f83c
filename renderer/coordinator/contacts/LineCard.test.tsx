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
  phone: '+31 (0)6 1234 5678',
  email: 'pat@example.nl',
  organisation: 'vws',
};
const KIM: Contact = {
  roleId: 'security-coordination',
  name: 'Kim Bakker',
  phone: '070 123 4567',
  email: '',
};

const card = (domain: string) => screen.findByTestId(testIds.lineCard(domain));

describe('LineCard (nl)', () => {
  it('shows the line, then each person with a tel: and a mailto: link', async () => {
    renderContacts({ page: false, cards: ['privacy'], contacts: [PAT] });
    const privacy = await card('privacy');
    expect(within(privacy).getByText(/Telefonisch contact met 5\.1\.2e/)).toBeTruthy();
    const person = within(privacy).getByTestId(testIds.linePerson);
    expect(person.textContent).toContain('Pat de Vries');
    expect(person.textContent).toContain('Ministerie van VWS');
    const phone = within(person).getByTestId(testIds.phoneLink);
    // Dialled from abroad without the Dutch "(0)"; shown as written, on one line.
    expect(phone.getAttribute('href')).toBe('tel:+31612345678');
    expect(phone.textContent).toBe('+31 (0)6 1234 5678');
    expect(phone.className).toContain('phone-link');
    expect(phone.getAttribute('aria-label')).toBe('Pat de Vries bellen: +31 (0)6 1234 5678');
    const mail = within(person).getByTestId(testIds.emailLink);
    expect(mail.getAttribute('href')).toBe('mailto:pat@example.nl');
    expect(mail.textContent).toBe('pat@example.nl');
    expect(within(privacy).queryByTestId(testIds.noContact)).toBeNull();
  });

  it('copies a number through main in one click, and says so', async () => {
    const fake = renderContacts({ page: false, cards: ['privacy'], contacts: [PAT] });
    const privacy = await card('privacy');
    const copy = within(privacy).getByRole('button', {
      name: 'Kopieer het nummer van Pat de Vries',
    });
    expect(copy.textContent).toBe('Kopieer nummer');
    fireEvent.click(copy);
    await waitFor(() =>
      expect(within(privacy).getByTestId(testIds.copyFeedback).textContent).toBe(
        'Nummer van Pat de Vries gekopieerd',
      ),
    );
    expect(fake.contacts.clipboard()).toEqual(['+31 (0)6 1234 5678']);
  });

  it('says why a copy failed', async () => {
    const fake = renderContacts({ page: false, cards: ['privacy'], contacts: [PAT] });
    fake.failNext('writeClipboard', 'Geen klembord beschikbaar');
    fireEvent.click(within(await card('privacy')).getByTestId(testIds.copyNumber));
    await waitFor(() =>
      expect(screen.getByTestId(testIds.copyFeedback).textContent).toBe(
        'Niet gekopieerd: Geen klembord beschikbaar',
      ),
    );
  });

  it('logs "informed <role> via <line>" in one click and shows the saved event', async () => {
    const fake = renderContacts({ page: false, cards: ['privacy'], contacts: [PAT] });
    const privacy = await card('privacy');
    const informed = within(privacy).getByTestId(testIds.informedVia('privacy-coordination'));
    expect(informed.getAttribute('aria-label')).toBe(
      'Geïnformeerd: Privacy – coördinatie via Telefonisch contact met 5.1.2e (naam geredigeerd)',
    );
    fireEvent.click(informed);
    await waitFor(() =>
      expect(fake.calls('informed')).toEqual([{ domain: 'privacy', role: 'privacy-coordination' }]),
    );
    await waitFor(() =>
      expect(within(privacy).getByTestId(testIds.informedSaved).textContent).toBe(
        'Privacy – coördinatie geïnformeerd — vastgelegd om 14:05 (#1)',
      ),
    );
  });

  it('says "no contact set" once for a domain with nobody, not once per role', async () => {
    renderContacts({ page: false, cards: ['security'], contacts: [] });
    const security = await card('security');
    const missing = within(security).getAllByTestId(testIds.noContact);
    expect(missing.map((line) => line.textContent)).toEqual(['geen contactpersoon ingesteld']);
    expect(security.textContent?.match(/geen contactpersoon/g)).toHaveLength(1);
    // Each role can still be marked as informed.
    expect(within(security).getByTestId(testIds.informedVia('kpn-infra'))).toBeTruthy();
  });

  it('names the roles without anybody, once, when some have people', async () => {
    renderContacts({ page: false, cards: ['security'], contacts: [KIM] });
    const security = await card('security');
    expect(within(security).getByTestId(testIds.noContact).textContent).toBe(
      'Geen contactpersoon ingesteld voor: KPN – infra / coördinatie',
    );
    expect(within(security).getByTestId(testIds.phoneLink).getAttribute('href')).toBe(
      'tel:0701234567',
    );
    expect(within(security).queryByTestId(testIds.emailLink)).toBeNull();
  });

  it('shows a number no phone dials as text: no link, and no copy when it is no number length', async () => {
    // A config file's number has no length bound; 45 digits is none a phone dials or main copies.
    const odd: Contact = { ...PAT, phone: '0'.repeat(45), email: 'pat@example.nl?cc=x@example.nl' };
    renderContacts({ page: false, cards: ['privacy'], contacts: [odd] });
    const privacy = await card('privacy');
    expect(privacy.textContent).toContain('0'.repeat(45));
    expect(within(privacy).queryByTestId(testIds.phoneLink)).toBeNull();
    expect(within(privacy).queryByTestId(testIds.copyNumber)).toBeNull();
    expect(within(privacy).queryByTestId(testIds.emailLink)).toBeNull();
    expect(privacy.textContent).toContain('pat@example.nl?cc=x@example.nl');
  });

  it('draws hostile text as text', async () => {
    const hostile: Contact = {
      ...PAT,
      name: '<img src=x onerror=alert(1)>',
      organisation: "=cmd|' /C calc'!A0",
    };
    renderContacts({ page: false, cards: ['privacy'], contacts: [hostile] });
    const privacy = await card('privacy');
    expect(privacy.querySelector('img')).toBeNull();
    expect(privacy.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(privacy.textContent).toContain("=cmd|' /C calc'!A0");
  });
});

describe('LineCard (en)', () => {
  it('speaks English: the line, the links’ names, copy and informed', async () => {
    const fake = renderContacts({
      language: 'en',
      page: false,
      cards: ['privacy'],
      contacts: [PAT],
    });
    const privacy = await card('privacy');
    expect(privacy.getAttribute('aria-label')).toBe('Calls and informing: Privacy');
    expect(within(privacy).getByText(/Phone call with 5\.1\.2e/)).toBeTruthy();
    expect(within(privacy).getByTestId(testIds.phoneLink).getAttribute('aria-label')).toBe(
      'Call Pat de Vries: +31 (0)6 1234 5678',
    );
    expect(within(privacy).getByTestId(testIds.emailLink).getAttribute('aria-label')).toBe(
      'E-mail Pat de Vries: pat@example.nl',
    );
    expect(within(privacy).getByTestId(testIds.copyNumber).textContent).toBe('Copy number');
    const informed = within(privacy).getByRole('button', {
      name: 'Informed: Privacy – coordination via Phone call with 5.1.2e (name redacted)',
    });
    fireEvent.click(informed);
    await waitFor(() =>
      expect(within(privacy).getByTestId(testIds.informedSaved).textContent).toBe(
        'Privacy – coordination informed — recorded at 14:05 (#1)',
      ),
    );
    expect(fake.events().map((event) => event.kind)).toEqual(['informed']);
  });

  it('says "no contact set" once in English', async () => {
    renderContacts({ language: 'en', page: false, cards: ['helpdesk'], contacts: [] });
    const helpdesk = await card('helpdesk');
    expect(
      within(helpdesk)
        .getAllByTestId(testIds.noContact)
        .map((line) => line.textContent),
    ).toEqual(['no contact set']);
  });

  it('says why main did not record "informed"', async () => {
    const fake = renderContacts({
      language: 'en',
      page: false,
      cards: ['privacy'],
      contacts: [PAT],
    });
    fake.failNext('informed', 'Enter your name first');
    fireEvent.click(
      within(await card('privacy')).getByTestId(testIds.informedVia('privacy-coordination')),
    );
    await waitFor(() =>
      expect(screen.getByTestId(testIds.actionError).textContent).toContain(
        'Enter your name first',
      ),
    );
  });
});
