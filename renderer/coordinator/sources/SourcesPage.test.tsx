import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultPlaybook } from '../../../shared/playbook/playbook.ts';
import type { Language } from '../../../shared/playbook/text.ts';
import type { Snapshot } from '../../../shared/snapshot/snapshot-schema.ts';
import type { SourceDetail, SourcesDetail } from '../../../shared/sources/source-detail.ts';
import { formatDuration } from '../../../shared/text/format.ts';
import { ApiProvider } from '../../api/ApiContext.tsx';
import { useSnapshot, useStatusPush } from '../../api/hooks.ts';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import { fakeApi } from '../../test/fake-api.ts';
import { snapshotWith, TEST_NOW } from '../../test/sample-snapshots.ts';
import { testIds } from '../../testids.ts';
import { SourcesPage } from './SourcesPage.tsx';

const APP_INFO = {
  version: 'test',
  title: 'Test room',
  timezone: 'Europe/Amsterdam',
  demo: false,
  configFile: 'test.yaml',
  wall: { rotateEveryMs: null, alarmHoldMs: 0, changedHighlightMs: 0, sound: false },
};

const TOPDESK: SourceDetail = {
  id: 'td',
  kind: 'topdesk',
  health: 'ok',
  lastSuccessAt: '2026-11-29T13:04:30.000Z',
  error: null,
  nextPollAt: '2026-11-29T13:05:30.000Z',
  paused: null,
  polling: false,
  intervalMs: 60_000,
  recentPolls: [
    { at: '2026-11-29T13:02:30.000Z', durationMs: 300, ok: true },
    { at: '2026-11-29T13:03:30.000Z', durationMs: 1_240, ok: true },
    { at: '2026-11-29T13:04:30.000Z', durationMs: 320, ok: true },
  ],
  latency: { count: 3, medianMs: 320, maxMs: 1_240 },
};

const STATUSCAKE: SourceDetail = {
  id: 'sc',
  kind: 'statuscake',
  health: 'failing',
  lastSuccessAt: '2026-11-29T12:58:00.000Z',
  error: {
    category: 'rate-limited',
    detail: 'HTTP 429: Too many requests',
    retryAt: '2026-11-29T13:06:30.000Z',
  },
  nextPollAt: '2026-11-29T13:06:30.000Z',
  paused: null,
  polling: false,
  intervalMs: 30_000,
  recentPolls: [{ at: '2026-11-29T13:04:00.000Z', durationMs: 90, ok: false }],
  latency: { count: 1, medianMs: 90, maxMs: 90 },
};

/** The snapshot behind the detail: TOPdesk feeds the helpdesk, StatusCake the website. */
function snapshotOf(sources: readonly SourceDetail[]): Snapshot {
  const base = snapshotWith({});
  return {
    ...base,
    sources: sources.map((source) => ({
      id: source.id,
      kind: source.kind,
      health: source.health,
      lastSuccessAt: source.lastSuccessAt,
      error: source.error,
      nextPollAt: source.nextPollAt,
      ...(source.paused ? { paused: source.paused } : {}),
    })),
    domains: base.domains.map((domain) =>
      domain.id === 'helpdesk'
        ? { ...domain, sources: ['td'] }
        : domain.id === 'website'
          ? { ...domain, sources: ['sc'] }
          : domain,
    ),
  };
}

/** The page as the desk shows it: the snapshot from the cache, replaced by every push. */
function PageOnCache() {
  useStatusPush();
  const snapshot = useSnapshot().data;
  if (!snapshot) return null;
  return (
    <SourcesPage appInfo={APP_INFO} playbook={defaultPlaybook} snapshot={snapshot} contacts={[]} />
  );
}

function renderPage(sources: readonly SourceDetail[], language: Language = 'nl') {
  vi.useFakeTimers({ now: TEST_NOW, toFake: ['Date'] });
  const detail: SourcesDetail = { generatedAt: TEST_NOW.toISOString(), sources: [...sources] };
  const fake = fakeApi(snapshotOf(sources), { sourcesDetail: detail });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  render(
    <ApiProvider api={fake.api}>
      <QueryClientProvider client={queryClient}>
        <I18nProvider language={language}>
          <PageOnCache />
        </I18nProvider>
      </QueryClientProvider>
    </ApiProvider>,
  );
  return fake;
}

const card = async (id: string) => screen.findByTestId(testIds.sourceCard(id));

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('SourcesPage in Dutch', () => {
  it('shows each source: health, last data, last error in words, latencies and the next poll', async () => {
    renderPage([TOPDESK, STATUSCAKE]);
    const topdesk = await card('td');
    expect(topdesk.dataset.health).toBe('ok');
    expect(topdesk.textContent).toContain('in orde');
    expect(topdesk.textContent).toContain('Voedt');
    expect(topdesk.textContent).toContain('Helpdesk');
    expect(topdesk.textContent).toContain(`14:04:30 (${formatDuration(30_000, 'nl')} geleden)`);
    expect(within(topdesk).getByTestId(testIds.sourceLastError).textContent).toBe('geen');
    expect(within(topdesk).getByTestId(testIds.sourceLatency).textContent).toContain(
      'mediaan 320 ms · langste 1,2 s · 3 peilingen',
    );
    expect(within(topdesk).getByTestId(testIds.sourceNextPoll).textContent).toBe(
      `14:05:30 · elke ${formatDuration(60_000, 'nl')}`,
    );

    const statuscake = await card('sc');
    expect(statuscake.dataset.health).toBe('failing');
    expect(within(statuscake).getByTestId(testIds.sourceLastError).textContent).toBe(
      'door de bron afgeremd, de bron wil niet eerder dan 14:06:30 opnieuw gevraagd worden (HTTP 429: Too many requests)',
    );
    expect(within(statuscake).getByText('14:04:00: 90 ms, mislukt')).toBeTruthy();
  });

  it('pauses a source after saying what it does: a note with a reason, then stale and "gepauzeerd"', async () => {
    const fake = renderPage([TOPDESK, STATUSCAKE]);
    const topdesk = await card('td');
    fireEvent.click(within(topdesk).getByTestId(testIds.sourcePause));
    const form = within(topdesk).getByRole('form', { name: 'td pauzeren' });
    expect(form.textContent).toContain(
      'deze domeinen op ONBEKEND, of blijven rood met wat al gemeld was: Helpdesk.',
    );
    fireEvent.change(within(form).getByTestId(testIds.sourcePauseReason), {
      target: { value: 'onderhoud TOPdesk' },
    });
    fireEvent.click(within(form).getByTestId(testIds.actionSubmit));
    await waitFor(() => expect(topdesk.dataset.paused).toBe('true'));
    expect(fake.calls('pauseSource')).toEqual([{ id: 'td', reason: 'onderhoud TOPdesk' }]);
    expect(topdesk.dataset.health).toBe('stale');
    expect(within(topdesk).getByTestId(testIds.sourcePaused).textContent).toBe(
      'gepauzeerd sinds 14:05 door Tess',
    );
    expect(within(topdesk).getByTestId(testIds.sourceNextPoll).textContent).toBe(
      'geen: de bron is gepauzeerd',
    );
    expect(within(topdesk).getByTestId(testIds.sourceFeedback).textContent).toBe(
      'td gepauzeerd en in de tijdlijn vastgelegd',
    );
    expect(fake.events().at(-1)).toMatchObject({
      kind: 'note',
      actor: 'Tess',
      summary: 'Bron td gepauzeerd: onderhoud TOPdesk',
    });
    const resume = within(topdesk).getByTestId(testIds.sourceResume);
    expect(document.activeElement).toBe(resume);
    expect(within(topdesk).getByTestId<HTMLButtonElement>(testIds.sourcePollNow).disabled).toBe(
      true,
    );
  });

  it('closes the pause form with Escape, pausing nothing, and gives the keyboard back', async () => {
    const fake = renderPage([TOPDESK]);
    const topdesk = await card('td');
    const pause = within(topdesk).getByTestId(testIds.sourcePause);
    fireEvent.click(pause);
    expect(pause.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(within(topdesk).getByTestId(testIds.sourcePauseReason), { key: 'Escape' });
    expect(within(topdesk).queryByRole('form')).toBeNull();
    expect(document.activeElement).toBe(pause);
    expect(fake.calls('pauseSource')).toEqual([]);
  });

  it('resumes a paused source and says what polling does next', async () => {
    const paused = { ...TOPDESK, health: 'stale' as const, nextPollAt: null };
    const fake = renderPage([
      { ...paused, paused: { since: '2026-11-29T12:50:00.000Z', by: 'Anna' } },
    ]);
    const topdesk = await card('td');
    expect(within(topdesk).getByTestId(testIds.sourcePaused).textContent).toBe(
      'gepauzeerd sinds 13:50 door Anna',
    );
    fireEvent.click(within(topdesk).getByTestId(testIds.sourceResume));
    await waitFor(() =>
      expect(within(topdesk).getByTestId(testIds.sourceFeedback).textContent).toBe(
        'td hervat — Peiling loopt',
      ),
    );
    expect(fake.calls('resumeSource')).toEqual([{ id: 'td' }]);
    expect(topdesk.dataset.paused).toBe('false');
    expect(fake.events().at(-1)).toMatchObject({ kind: 'note', summary: 'Bron td hervat' });
  });

  it('"poll now" says when a rate-limited source may be asked, instead of polling', async () => {
    const fake = renderPage([STATUSCAKE]);
    fake.sources.setPollAnswer({
      status: 'scheduled',
      at: '2026-11-29T13:06:30.000Z',
      reason: 'rate-limited',
    });
    const statuscake = await card('sc');
    fireEvent.click(within(statuscake).getByTestId(testIds.sourcePollNow));
    await waitFor(() =>
      expect(within(statuscake).getByTestId(testIds.sourceFeedback).textContent).toBe(
        'De bron remt af: gepeild om 14:06:30, niet eerder',
      ),
    );
    expect(fake.calls('pollSourceNow')).toEqual([{ id: 'sc' }]);
  });

  it('says in line why an action failed', async () => {
    const fake = renderPage([TOPDESK]);
    fake.failNext('pollSourceNow', 'Onbekende bron "td" / Unknown source "td"');
    const topdesk = await card('td');
    fireEvent.click(within(topdesk).getByTestId(testIds.sourcePollNow));
    await waitFor(() =>
      expect(within(topdesk).getByTestId(testIds.sourceFeedback).textContent).toBe(
        'Niet gelukt: Onbekende bron "td" / Unknown source "td"',
      ),
    );
  });

  it('says so when no source is configured', async () => {
    renderPage([]);
    expect(await screen.findByText(/Geen bronnen ingesteld/)).toBeTruthy();
  });
});

describe('SourcesPage in English', () => {
  it('words the same facts in English', async () => {
    renderPage([TOPDESK, STATUSCAKE], 'en');
    const topdesk = await card('td');
    expect(topdesk.textContent).toContain(`14:04:30 (${formatDuration(30_000, 'en')} ago)`);
    expect(within(topdesk).getByTestId(testIds.sourceLatency).textContent).toContain(
      'median 320 ms · longest 1.2 s · 3 polls',
    );
    const statuscake = await card('sc');
    expect(within(statuscake).getByTestId(testIds.sourceLastError).textContent).toBe(
      'rate-limited by the source, the source asks not to be asked again before 14:06:30 (HTTP 429: Too many requests)',
    );
    expect(within(statuscake).getByTestId(testIds.sourcePollNow).textContent).toBe('Poll now');
  });

  it('pauses, says "paused" with since when and by whom, and "poll now" explains a backoff', async () => {
    const fake = renderPage([TOPDESK], 'en');
    const topdesk = await card('td');
    fireEvent.click(within(topdesk).getByTestId(testIds.sourcePause));
    const form = within(topdesk).getByRole('form', { name: 'Pause td' });
    fireEvent.click(within(form).getByTestId(testIds.actionSubmit));
    await waitFor(() =>
      expect(within(topdesk).getByTestId(testIds.sourcePaused).textContent).toBe(
        'paused since 14:05 by Tess',
      ),
    );
    expect(fake.calls('pauseSource')).toEqual([{ id: 'td' }]);
    fireEvent.click(within(topdesk).getByTestId(testIds.sourceResume));
    await waitFor(() => expect(topdesk.dataset.paused).toBe('false'));
    fake.sources.setPollAnswer({
      status: 'scheduled',
      at: '2026-11-29T13:07:00.000Z',
      reason: 'backoff',
    });
    fireEvent.click(within(topdesk).getByTestId(testIds.sourcePollNow));
    await waitFor(() =>
      expect(within(topdesk).getByTestId(testIds.sourceFeedback).textContent).toBe(
        'After failed polls Dijkwacht waits longer: polled at 14:07:00, not sooner',
      ),
    );
  });
});
