import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleMark } from '../../../shared/marks/testing/sample-marks.ts';
import { defaultPlaybook } from '../../../shared/playbook/playbook.ts';
import type { PrivacyClock, PrivacyClocks } from '../../../shared/privacy/clock-schema.ts';
import { sampleClock, sampleDecision } from '../../../shared/privacy/testing/sample-clocks.ts';
import type { DomainSnapshot } from '../../../shared/snapshot/snapshot-schema.ts';
import { renderWithApi } from '../../coordinator/privacy/testing/render-privacy.tsx';
import { fakeApi } from '../../test/fake-api.ts';
import { snapshotWith, TEST_NOW } from '../../test/sample-snapshots.ts';
import { testIds } from '../../testids.ts';
import { PrivacyCountdown } from './PrivacyCountdown.tsx';
import { WallTile } from './WallTile.tsx';

afterEach(cleanup);

const HOUR = 3_600_000;
const hoursAgo = (hours: number) => new Date(TEST_NOW.getTime() - hours * HOUR).toISOString();
const openTicket = snapshotWith({ privacy: [{ ...sampleMark('ticket-open'), seq: 3 }] });
const quiet = snapshotWith({});
const privacyOf = (snapshot: typeof quiet): DomainSnapshot => {
  const domain = snapshot.domains.find((candidate) => candidate.id === 'privacy');
  if (!domain) throw new Error('no privacy domain');
  return domain;
};

function renderLine(
  clocks: PrivacyClock[],
  options: {
    language?: 'nl' | 'en';
    snapshot?: typeof quiet;
    problem?: PrivacyClocks['problem'];
  } = {},
) {
  const snapshot = options.snapshot ?? openTicket;
  const fake = fakeApi(snapshot, { privacy: { clocks, problem: options.problem ?? null } });
  renderWithApi(
    <PrivacyCountdown domain={privacyOf(snapshot)} timeZone="Europe/Amsterdam" minute={TEST_NOW} />,
    fake.api,
    options.language,
  );
  return fake;
}

async function lineText(expected: string) {
  await waitFor(() =>
    expect(screen.getByTestId(testIds.wallPrivacyCountdown).textContent).toBe(expected),
  );
  return screen.getByTestId(testIds.wallPrivacyCountdown);
}

describe('the Privacy tile’s countdown', () => {
  it('says the time left and the stage, in Dutch and English', async () => {
    renderLine([sampleClock(hoursAgo(41))]);
    const line = await lineText('AP-melding: nog 31 u · 24 uur verstreken');
    expect(line.dataset.state).toBe('past-24h');
    cleanup();
    renderLine([sampleClock(hoursAgo(41))], { language: 'en' });
    await lineText('AP notification: 31 h left · 24 hours elapsed');
  });

  it('says each stage: the first day, 48 hours, the last 12 hours', async () => {
    renderLine([sampleClock(hoursAgo(2))]);
    await lineText('AP-melding: nog 70 u · eerste 24 uur');
    cleanup();
    renderLine([sampleClock(hoursAgo(50))], { language: 'en' });
    await lineText('AP notification: 22 h left · 48 hours elapsed');
    cleanup();
    renderLine([sampleClock(hoursAgo(62.5))]);
    await lineText('AP-melding: nog 9 u 30 min · laatste 12 uur');
  });

  it('says overdue in red words, and the most urgent clock first with the others counted', async () => {
    renderLine([sampleClock(hoursAgo(41), { id: 'a' }), sampleClock(hoursAgo(75), { id: 'b' })]);
    const line = await lineText('AP-melding: 3 u TE LAAT +1 meer');
    expect(line.className).toContain('is-overdue');
    cleanup();
    renderLine([sampleClock(hoursAgo(75))], { language: 'en' });
    await lineText('AP notification: OVERDUE by 3 h');
  });

  it('shows the decision while its incident is open, and never a decided clock as running', async () => {
    const decided = sampleClock(hoursAgo(3), {
      id: 'ticket:t-1',
      decision: sampleDecision(hoursAgo(1)),
    });
    renderLine([decided]);
    await lineText('AP-melding: besloten te melden (13:05)');
    cleanup();
    renderLine([{ ...decided, decision: sampleDecision(hoursAgo(1), false) }], { language: 'en' });
    await lineText('AP notification: decided not to notify (13:05)');
    cleanup();
    renderLine([decided], { snapshot: quiet });
    await lineText('Geen AP-meldklok lopend');
  });

  it('says that no clock was started for an open incident', async () => {
    renderLine([]);
    await lineText('AP-meldklok niet gestart');
    cleanup();
    renderLine([], { language: 'en', snapshot: quiet });
    await lineText('No AP notification clock running');
  });

  it('says when the clocks cannot be read', async () => {
    renderLine([], {
      problem: { kind: 'unreadable', file: '/x/privacy-clocks.json', detail: 'damaged' },
    });
    const line = await lineText('AP-meldklok onleesbaar: zie de coördinator');
    expect(line.className).toContain('is-problem');
  });

  it('shows a clock the desk starts as soon as its event is pushed', async () => {
    const fake = renderLine([]);
    await lineText('AP-meldklok niet gestart');
    await act(() => fake.api.startPrivacyClock({ incident: { kind: 'ticket', ticketId: 't-1' } }));
    // The ticket was called in at 13:00, an hour and five minutes before TEST_NOW.
    await lineText('AP-melding: nog 70 u · eerste 24 uur');
  });

  it('sits on the Privacy tile, one line, and on no other tile', async () => {
    const fake = fakeApi(openTicket, {
      privacy: { clocks: [sampleClock(hoursAgo(41))], problem: null },
    });
    const tile = (domain: DomainSnapshot) => (
      <WallTile
        domain={domain}
        playbook={defaultPlaybook}
        sources={[]}
        timeZone="Europe/Amsterdam"
        minute={TEST_NOW}
        highlightMs={0}
        alarm={false}
      />
    );
    const helpdesk = openTicket.domains.find((domain) => domain.id === 'helpdesk');
    if (!helpdesk) throw new Error('no helpdesk domain');
    renderWithApi(
      <>
        {tile(privacyOf(openTicket))}
        {tile(helpdesk)}
      </>,
      fake.api,
    );
    const line = await lineText('AP-melding: nog 31 u · 24 uur verstreken');
    expect(screen.getByTestId(testIds.domainTile('privacy')).contains(line)).toBe(true);
    expect(screen.getAllByTestId(testIds.wallPrivacyCountdown)).toHaveLength(1);
    expect(line.className).toContain('privacy-countdown');
    expect(line.title).toBe(line.textContent);
  });
});
