import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_WALL_SETTINGS, type AppInfo } from '../../shared/ipc/contract.ts';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import type { Language } from '../../shared/playbook/text.ts';
import { testIds } from '../testids.ts';
import { SourceList } from './SourceList.tsx';

const appInfo: AppInfo = {
  version: 'test',
  title: 'Test room',
  timezone: 'Europe/Amsterdam',
  demo: false,
  configFile: 'test.yaml',
  wall: DEFAULT_WALL_SETTINGS,
};

const rateLimited: Snapshot = {
  generatedAt: '2026-11-29T13:00:00.000Z',
  demo: false,
  timeline: null,
  domains: [],
  sources: [
    {
      id: 'statuscake',
      kind: 'statuscake',
      health: 'failing',
      lastSuccessAt: '2026-11-29T12:58:00.000Z',
      error: {
        category: 'rate-limited',
        detail: 'HTTP 429: Too many requests',
        retryAt: '2026-11-29T13:01:30.000Z',
      },
      nextPollAt: '2026-11-29T13:02:00.000Z',
    },
  ],
};

function errorText(language: Language): string {
  render(
    <I18nProvider language={language}>
      <SourceList snapshot={rateLimited} appInfo={appInfo} />
    </I18nProvider>,
  );
  return screen.getByTestId(testIds.sourceError).textContent ?? '';
}

afterEach(cleanup);

describe('SourceList', () => {
  it('says in Dutch that the source is rate-limited and when polling resumes (war-room time)', () => {
    expect(errorText('nl')).toBe(
      ' — door de bron afgeremd, peilen hervat om 14:02 (HTTP 429: Too many requests)',
    );
  });

  it('says the same in English', () => {
    expect(errorText('en')).toBe(
      ' — rate-limited by the source, polling resumes at 14:02 (HTTP 429: Too many requests)',
    );
  });
});
