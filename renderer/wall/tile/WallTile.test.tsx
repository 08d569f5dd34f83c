import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleMark, SAMPLE_NOW } from '../../../shared/marks/testing/sample-marks.ts';
import { defaultPlaybook } from '../../../shared/playbook/playbook.ts';
import type { DomainSnapshot, SourceState } from '../../../shared/snapshot/snapshot-schema.ts';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { sameTile, WallTile, type WallTileProps } from './WallTile.tsx';

afterEach(cleanup);

const NOW = new Date(SAMPLE_NOW); // 13:00 UTC, 14:00 in Amsterdam
const minutesBefore = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();

const topdesk: SourceState = {
  id: 'topdesk',
  kind: 'topdesk',
  health: 'ok',
  lastSuccessAt: minutesBefore(3),
  error: null,
  nextPollAt: null,
};

const helpdesk: DomainSnapshot = {
  id: 'helpdesk',
  status: 'critical',
  since: minutesBefore(12),
  sources: ['topdesk'],
  dataAt: minutesBefore(3),
  marks: [sampleMark('ticket-spike'), { ...sampleMark('ticket-open'), severity: 'warning' }],
  roles: [],
  line: { roles: [], redacted: true },
};

function props(overrides: Partial<WallTileProps> = {}): WallTileProps {
  return {
    domain: helpdesk,
    playbook: defaultPlaybook,
    sources: [topdesk],
    timeZone: 'Europe/Amsterdam',
    minute: NOW,
    highlightMs: 5 * 60_000,
    alarm: false,
    ...overrides,
  };
}

function renderTile(overrides: Partial<WallTileProps> = {}, language: 'nl' | 'en' = 'nl') {
  render(
    <I18nProvider language={language}>
      <WallTile {...props(overrides)} />
    </I18nProvider>,
  );
  return screen.getByTestId(testIds.domainTile('helpdesk'));
}

describe('a wall tile', () => {
  it('says since when it is in its state, and how old its data is', () => {
    const tile = renderTile();
    expect(within(tile).getByTestId(testIds.domainSince).textContent).toBe('sinds 13:48 · 12 min');
    expect(within(tile).getByTestId(testIds.domainData).textContent).toBe('Gegevens 3 min oud');
  });

  it('says so in English', () => {
    const tile = renderTile({}, 'en');
    expect(within(tile).getByTestId(testIds.domainSince).textContent).toBe('since 13:48 · 12 min');
    expect(within(tile).getByTestId(testIds.domainData).textContent).toBe('Data 3 min old');
  });

  it('names the failing source and why, in the viewer’s words, never the raw error', () => {
    const failing: SourceState = {
      ...topdesk,
      health: 'failing',
      error: {
        category: 'unreachable',
        detail: 'connect ECONNREFUSED 10.0.0.1:443',
        retryAt: null,
      },
    };
    const tile = renderTile({ domain: { ...helpdesk, status: 'unknown' }, sources: [failing] });
    const data = within(tile).getByTestId(testIds.domainData).textContent;
    expect(data).toBe('Bron onbereikbaar: topdesk');
    expect(tile.textContent).not.toContain('ECONNREFUSED');
  });

  it('is flagged for a while after its state changed, and as the alarm while it holds one', () => {
    const fresh = { ...helpdesk, since: minutesBefore(2) };
    const changed = renderTile({ domain: fresh });
    expect(within(changed).queryByTestId(testIds.domainChanged)?.textContent).toBe('Gewijzigd');
    expect(changed.className).toContain('is-changed');
    cleanup();
    const old = { ...helpdesk, since: minutesBefore(30) };
    expect(within(renderTile({ domain: old })).queryByTestId(testIds.domainChanged)).toBeNull();
    cleanup();
    // A change this wall did not see is not flagged, however new (highlight 0).
    const unseen = renderTile({
      domain: { ...helpdesk, since: NOW.toISOString() },
      highlightMs: 0,
    });
    expect(within(unseen).queryByTestId(testIds.domainChanged)).toBeNull();
    cleanup();
    const alarm = renderTile({ domain: old, alarm: true });
    expect(within(alarm).getByTestId(testIds.domainChanged).textContent).toBe('Alarm');
    expect(alarm.className).toContain('is-alarm');
  });

  it('shows the critical mark before the warning', () => {
    const marks = within(renderTile()).getAllByTestId(testIds.mark);
    expect(marks.map((mark) => mark.className.includes('severity-critical'))).toEqual([
      true,
      false,
    ]);
  });
});

describe('when a wall tile draws again', () => {
  it('does not for the heartbeat: the same domain in a new snapshot object', () => {
    expect(sameTile(props(), props({ domain: { ...helpdesk }, sources: [{ ...topdesk }] }))).toBe(
      true,
    );
  });

  it('does not when a poll only moved the data time within the minute', () => {
    const polled = props({
      domain: { ...helpdesk, dataAt: minutesBefore(2.99) },
      sources: [{ ...topdesk, nextPollAt: minutesBefore(-1) }],
    });
    expect(sameTile(props(), polled)).toBe(true);
  });

  it('does when its state, its marks, a source’s health or the minute changed', () => {
    expect(sameTile(props(), props({ domain: { ...helpdesk, status: 'warning' } }))).toBe(false);
    expect(sameTile(props(), props({ domain: { ...helpdesk, marks: [] } }))).toBe(false);
    expect(sameTile(props(), props({ sources: [{ ...topdesk, health: 'stale' }] }))).toBe(false);
    expect(sameTile(props(), props({ minute: new Date(NOW.getTime() + 60_000) }))).toBe(false);
  });
});
