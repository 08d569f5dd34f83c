import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleMark } from '../../../shared/marks/testing/sample-marks.ts';
import { snapshotWith } from '../../test/sample-snapshots.ts';
import { testIds } from '../../testids.ts';
import { renderDesk } from '../testing/render-desk.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const tile = (id: string) => screen.getByTestId(testIds.domainTile(id));

describe('the desk’s tiles', () => {
  it('show status, marks with their criterion, line and roles, in the chosen language', () => {
    renderDesk(snapshotWith({ privacy: [sampleMark('ticket-open')] }), { language: 'en' });
    const privacy = tile('privacy');
    expect(privacy.textContent).toContain('CRITICAL');
    expect(privacy.textContent).toContain('P1 I 2611 042: X-100');
    expect(privacy.textContent).toContain('Criterion: Privacy-related disruption');
    expect(privacy.textContent).toContain('Privacy – coordination');
  });

  it('name people with a number that never breaks and their address, and say "no contact" once', () => {
    renderDesk(snapshotWith({}), {
      contacts: [
        {
          roleId: 'security-coordination',
          name: 'Sam Sec',
          phone: '+31 6 1234 5678',
          email: 'sam@example.nl',
        },
      ],
    });
    const security = tile('security');
    expect(security.textContent).toContain(
      'Security – coördinatie — Sam Sec +31 6 1234 5678 sam@example.nl',
    );
    const phone = within(security).getByTestId(testIds.deskPhone);
    expect(phone.className).toBe('role-phone');
    expect(phone.getAttribute('href')).toBe('tel:+31612345678');
    expect(within(security).getByTestId(testIds.deskEmail).getAttribute('href')).toBe(
      'mailto:sam@example.nl',
    );
    // One line for the domain, naming the role without anyone; not one per role.
    const missing = within(security).getAllByTestId(testIds.deskNoContact);
    expect(missing).toHaveLength(1);
    expect(missing[0]?.textContent).toBe(
      'Geen contactpersoon ingesteld voor: KPN – infra / coördinatie',
    );
    // A domain with nobody at all says it in the plain words, once.
    expect(within(tile('privacy')).getByTestId(testIds.deskNoContact).textContent).toBe(
      'geen contactpersoon ingesteld',
    );
  });

  it('say nothing per role when no contacts are loaded at all (the side panel says it once)', () => {
    renderDesk(snapshotWith({}));
    expect(screen.queryAllByTestId(testIds.deskNoContact)).toEqual([]);
    expect(screen.getByText(/Het draaiboek noemt geen personen/)).toBeTruthy();
  });

  it('opens a domain’s detail by its button, by Enter on the tile, and by a click on the tile', async () => {
    renderDesk(snapshotWith({ website: [sampleMark('check-down')] }));
    fireEvent.click(screen.getByTestId(testIds.deskOpenDomain('website')));
    expect((await screen.findByTestId(testIds.deskDetail)).getAttribute('data-domain')).toBe(
      'website',
    );
    fireEvent.click(screen.getByTestId(testIds.deskBack));
    await waitFor(() => expect(document.activeElement).toBe(tile('website')));
    fireEvent.keyDown(tile('security'), { key: 'Enter' });
    expect(screen.getByTestId(testIds.deskDetail).getAttribute('data-domain')).toBe('security');
    fireEvent.click(screen.getByTestId(testIds.deskNavOverview));
    fireEvent.click(within(tile('privacy')).getByText('Privacy', { selector: 'h2' }));
    expect(screen.getByTestId(testIds.deskDetail).getAttribute('data-domain')).toBe('privacy');
  });

  it('do not open the detail when a button inside the tile is clicked', () => {
    renderDesk(snapshotWith({}));
    fireEvent.click(within(tile('security')).getByTestId(testIds.domainInformed));
    expect(screen.queryByTestId(testIds.deskDetail)).toBeNull();
    expect(screen.getByTestId(testIds.deskMain).getAttribute('data-page')).toBe('overview');
  });
});
