import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppInfo } from '../../../shared/ipc/contract.ts';
import { DEFAULT_WALL_SETTINGS } from '../../../shared/ipc/contract.ts';
import { sampleMark } from '../../../shared/marks/testing/sample-marks.ts';
import type { PrivacyClock } from '../../../shared/privacy/clock-schema.ts';
import { sampleClock, sampleDecision } from '../../../shared/privacy/testing/sample-clocks.ts';
import type { Snapshot } from '../../../shared/snapshot/snapshot-schema.ts';
import { fakeApi } from '../../test/fake-api.ts';
import { snapshotWith, TEST_NOW } from '../../test/sample-snapshots.ts';
import { testIds } from '../../testids.ts';
import { PrivacyClockPanel } from './PrivacyClockPanel.tsx';
import { renderWithApi } from './testing/render-privacy.tsx';

beforeEach(() => {
  vi.useFakeTimers({ now: TEST_NOW, toFake: ['Date'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const HOUR = 3_600_000;
const appInfo: AppInfo = {
  version: 'test',
  title: 'Test room',
  timezone: 'Europe/Amsterdam',
  demo: false,
  configFile: 'test.yaml',
  wall: DEFAULT_WALL_SETTINGS,
};
/** The ticket t-1, called in at 13:00 Amsterdam time (TEST_NOW is 14:05). */
const withTicket = snapshotWith({ privacy: [{ ...sampleMark('ticket-open'), seq: 3 }] });
/** 65 minutes before TEST_NOW: the ticket's call date. */
const CALLED = '2026-11-29T12:00:00.000Z';
const hoursAgo = (hours: number) => new Date(TEST_NOW.getTime() - hours * HOUR).toISOString();

function renderPanel(
  snapshot: Snapshot,
  options: { clocks?: PrivacyClock[]; language?: 'nl' | 'en' } = {},
) {
  const fake = fakeApi(snapshot, { privacy: { clocks: options.clocks ?? [], problem: null } });
  const privacy = snapshot.domains.find((domain) => domain.id === 'privacy');
  if (!privacy) throw new Error('no privacy domain');
  renderWithApi(
    <PrivacyClockPanel domain={privacy} appInfo={appInfo} />,
    fake.api,
    options.language,
  );
  return fake;
}

const clockCard = (id = 'ticket:t-1') => screen.findByTestId(testIds.privacyClock(id));

describe('the privacy clock panel', () => {
  it('starts a clock from the ticket’s call date and counts down live', async () => {
    const fake = renderPanel(withTicket);
    const panel = await screen.findByTestId(testIds.privacyPanel);
    expect(
      await within(panel).findByText('bewust sinds de meldingsdatum: zo 29 nov 13:00'),
    ).toBeTruthy();
    fireEvent.click(
      within(panel).getByRole('button', { name: 'Klok starten voor Melding I 2611 042 — X-100' }),
    );
    const card = await clockCard();
    expect(fake.calls('startPrivacyClock')).toEqual([
      { incident: { kind: 'ticket', ticketId: 't-1' } },
    ]);
    expect(within(card).getByTestId(testIds.privacyStopwatch).textContent).toBe('70:55:00');
    expect(within(card).getByTestId(testIds.privacyStage).textContent).toBe('eerste 24 uur');
    expect(within(card).getByTestId(testIds.privacyDeadline).textContent).toBe(
      'melden vóór wo 2 dec 13:00',
    );
    expect(within(card).getByTestId(testIds.privacyAwareness).textContent).toContain(
      'Bewust sinds zo 29 nov 13:00 (meldingsdatum)',
    );
    expect(card.dataset.stage).toBe('first-day');
    expect(fake.events().at(-1)).toMatchObject({ kind: 'note', domain: 'privacy', actor: 'Tess' });
    // Start is gone: one clock per incident.
    expect(screen.queryByTestId(testIds.privacyStart('ticket:t-1'))).toBeNull();
  });

  it('changes the moment of awareness only with a reason, and shows the new deadline first', async () => {
    const fake = renderPanel(withTicket, { clocks: [sampleClock(CALLED)] });
    const card = await clockCard();
    const opener = within(card).getByTestId(testIds.privacyEditAwareness);
    fireEvent.click(opener);
    const input = within(card).getByTestId<HTMLInputElement>(testIds.privacyAwarenessInput);
    expect(within(card).getByLabelText('Bewust sinds (tijdzone Europe/Amsterdam)')).toBe(input);
    fireEvent.change(input, { target: { value: '2026-11-29T10:00' } });
    expect(within(card).getByText('Nieuwe termijn: melden vóór wo 2 dec 10:00 CET')).toBeTruthy();
    fireEvent.click(within(card).getByTestId(testIds.actionSubmit));
    expect(within(card).getByTestId(testIds.actionError).textContent).toBe(
      'Een reden is verplicht',
    );
    fireEvent.change(input, { target: { value: '2026-11-30T10:00' } });
    fireEvent.click(within(card).getByTestId(testIds.actionSubmit));
    expect(within(card).getByTestId(testIds.actionError).textContent).toBe(
      'Het moment van bewustwording kan niet in de toekomst liggen',
    );
    expect(fake.calls('setPrivacyAwareness')).toEqual([]);

    fireEvent.change(input, { target: { value: '2026-11-29T10:00' } });
    fireEvent.change(within(card).getByTestId(testIds.privacyAwarenessReason), {
      target: { value: 'FG wist het om 10:00' },
    });
    fireEvent.click(within(card).getByTestId(testIds.actionSubmit));
    await waitFor(() =>
      expect(fake.calls('setPrivacyAwareness')).toEqual([
        { clockId: 'ticket:t-1', at: '2026-11-29T09:00:00.000Z', reason: 'FG wist het om 10:00' },
      ]),
    );
    await waitFor(() =>
      expect(within(card).getByTestId(testIds.privacyAwareness).textContent).toContain(
        'Bewust sinds zo 29 nov 10:00 (gewijzigd door Tess: FG wist het om 10:00)',
      ),
    );
    expect(within(card).getByTestId(testIds.actionSaved).textContent).toBe(
      'Vastgelegd om zo 29 nov 14:05 (#1)',
    );
    expect(document.activeElement).toBe(opener);
    expect(fake.events().at(-1)).toMatchObject({ kind: 'note', data: { corrects: 1 } });
  });

  it('says a time the clocks skip does not exist', async () => {
    renderPanel(withTicket, { clocks: [sampleClock(hoursAgo(2))] });
    const card = await clockCard();
    fireEvent.click(within(card).getByTestId(testIds.privacyEditAwareness));
    fireEvent.change(within(card).getByTestId(testIds.privacyAwarenessInput), {
      target: { value: '2026-03-29T02:30' },
    });
    fireEvent.click(within(card).getByTestId(testIds.actionSubmit));
    expect(within(card).getByTestId(testIds.actionError).textContent).toBe(
      'Die tijd bestaat niet: de klok gaat die nacht een uur vooruit',
    );
  });

  it('records the AP decision: yes or no and why, both required; it stops the clock (English)', async () => {
    const fake = renderPanel(withTicket, { clocks: [sampleClock(CALLED)], language: 'en' });
    const card = await clockCard();
    fireEvent.click(within(card).getByRole('button', { name: 'AP decision…' }));
    fireEvent.click(within(card).getByTestId(testIds.actionSubmit));
    expect(within(card).getByTestId(testIds.actionError).textContent).toBe('Choose yes or no');
    fireEvent.click(within(card).getByLabelText('Yes, notify'));
    fireEvent.click(within(card).getByTestId(testIds.actionSubmit));
    expect(within(card).getByTestId(testIds.actionError).textContent).toBe('A reason is required');
    fireEvent.change(within(card).getByLabelText('Why'), {
      target: { value: 'BSNs of 40 people' },
    });
    fireEvent.click(within(card).getByTestId(testIds.actionSubmit));
    await waitFor(() =>
      expect(fake.calls('decidePrivacy')).toEqual([
        { clockId: 'ticket:t-1', notify: true, reason: 'BSNs of 40 people' },
      ]),
    );
    const decided = await within(card).findByTestId(testIds.privacyDecided);
    expect(decided.textContent).toContain('Notify the AP: yes — BSNs of 40 people');
    expect(decided.textContent).toContain(
      'decided by Tess, Sun 29 Nov 14:05 — 1 h 5 min after awareness',
    );
    expect(within(card).queryByTestId(testIds.privacyStopwatch)).toBeNull();
    expect(within(card).queryByTestId(testIds.privacyEditAwareness)).toBeNull();
    expect(card.dataset.stage).toBe('decided');
    expect(fake.events().at(-1)).toMatchObject({
      kind: 'decision',
      domain: 'privacy',
      actor: 'Tess',
    });
  });

  it('shows each stage in words, and a clock whose incident closed', async () => {
    renderPanel(snapshotWith({}), {
      clocks: [
        sampleClock(hoursAgo(61), { id: 'ticket:a' }),
        sampleClock(hoursAgo(75), { id: 'ticket:b' }),
        sampleClock(hoursAgo(30), { id: 'ticket:c', decision: sampleDecision(hoursAgo(2)) }),
      ],
    });
    const lastHours = await clockCard('ticket:a');
    expect(within(lastHours).getByTestId(testIds.privacyStage).textContent).toBe('laatste 12 uur');
    expect(lastHours.textContent).toContain('incident niet meer open');
    const overdue = await clockCard('ticket:b');
    expect(within(overdue).getByTestId(testIds.privacyStopwatch).textContent).toBe('+03:00:00');
    expect(within(overdue).getByTestId(testIds.privacyStage).textContent).toBe('TE LAAT');
    expect(overdue.textContent).toContain('3 u over de termijn');
    // Most urgent first; decided last.
    const order = screen.getAllByTestId(/^privacy-clock-/).map((item) => item.dataset.testid);
    expect(order).toEqual([
      'privacy-clock-ticket:b',
      'privacy-clock-ticket:a',
      'privacy-clock-ticket:c',
    ]);
  });

  it('closes a form with Escape and returns to its button', async () => {
    renderPanel(withTicket, { clocks: [sampleClock(hoursAgo(2))] });
    const card = await clockCard();
    const opener = within(card).getByTestId(testIds.privacyDecide);
    fireEvent.click(opener);
    fireEvent.keyDown(within(card).getByLabelText('Ja, melden'), { key: 'Escape' });
    expect(within(card).queryByLabelText('Ja, melden')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('says when there is nothing to start, and when the clocks cannot be read', async () => {
    renderPanel(snapshotWith({}));
    expect(
      await screen.findByText('Geen open privacy-incident en geen klok gestart.'),
    ).toBeTruthy();
    cleanup();
    const broken = fakeApi(withTicket, {
      privacy: {
        clocks: [],
        problem: { kind: 'unreadable', file: '/data/privacy-clocks.json', detail: 'not JSON' },
      },
    });
    const privacy = withTicket.domains.find((domain) => domain.id === 'privacy');
    if (!privacy) throw new Error('no privacy domain');
    renderWithApi(<PrivacyClockPanel domain={privacy} appInfo={appInfo} />, broken.api, 'en');
    expect((await screen.findByTestId(testIds.privacyProblem)).textContent).toBe(
      'The AP notification clocks cannot be read (not JSON). Repair or move /data/privacy-clocks.json; until then no clock can be changed.',
    );
  });

  it('shows why a start was refused', async () => {
    const fake = renderPanel(withTicket);
    fake.failNext('startPrivacyClock', 'Vul eerst uw naam in / Enter your name first');
    fireEvent.click(await screen.findByTestId(testIds.privacyStart('ticket:t-1')));
    expect((await screen.findByTestId(testIds.actionError)).textContent).toBe(
      'Niet vastgelegd: Vul eerst uw naam in / Enter your name first',
    );
  });
});
