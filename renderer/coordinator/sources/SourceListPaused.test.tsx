import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_WALL_SETTINGS, type AppInfo } from '../../../shared/ipc/contract.ts';
import type { Language } from '../../../shared/playbook/text.ts';
import type { Snapshot } from '../../../shared/snapshot/snapshot-schema.ts';
import { SourceList } from '../../common/SourceList.tsx';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';

const appInfo: AppInfo = {
  version: 'test',
  title: 'Test room',
  timezone: 'Europe/Amsterdam',
  demo: false,
  configFile: 'test.yaml',
  wall: DEFAULT_WALL_SETTINGS,
};

const paused: Snapshot = {
  generatedAt: '2026-11-29T13:00:00.000Z',
  demo: false,
  timeline: null,
  domains: [],
  sources: [
    {
      id: 'topdesk',
      kind: 'topdesk',
      health: 'stale',
      lastSuccessAt: '2026-11-29T12:50:00.000Z',
      error: null,
      nextPollAt: null,
      paused: { since: '2026-11-29T12:51:00.000Z', by: 'Anna' },
    },
  ],
};

function row(language: Language, compact = false) {
  render(
    <I18nProvider language={language}>
      <SourceList snapshot={paused} appInfo={appInfo} compact={compact} />
    </I18nProvider>,
  );
  return screen.getByTestId(testIds.sourceRow('topdesk'));
}

afterEach(cleanup);

describe('SourceList with a paused source', () => {
  it('says "gepauzeerd" in the stale colour, with since when and by whom, on the desk', () => {
    const shown = row('nl');
    expect(shown.className).toContain('health-stale');
    expect(shown.className).not.toContain('health-ok');
    expect(shown.dataset.paused).toBe('true');
    expect(shown.querySelector('.source-health')?.textContent).toBe('gepauzeerd');
    expect(shown.textContent).toContain('sinds 13:51 door Anna');
  });

  it('says "paused" in English, and on the wall only the word', () => {
    const shown = row('en', true);
    expect(shown.querySelector('.source-health')?.textContent).toBe('paused');
    expect(shown.textContent).not.toContain('Anna');
  });
});
