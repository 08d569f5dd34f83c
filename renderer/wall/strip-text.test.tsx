import { describe, expect, it } from 'vitest';
import { sampleMark } from '../../shared/marks/testing/sample-marks.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import type { Language } from '../../shared/playbook/text.ts';
import type { TimelineEvent } from '../../shared/timeline/event.ts';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nProvider, useI18n } from '../i18n/I18nProvider.tsx';
import { stripText } from './strip-text.ts';

const AT = '2026-11-29T13:00:00.000Z';

function text(event: TimelineEvent, language: Language): string {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nProvider language={language}>{children}</I18nProvider>
  );
  const { t } = renderHook(() => useI18n(), { wrapper }).result.current;
  return stripText(event, {
    t,
    language,
    timeZone: 'Europe/Amsterdam',
    playbook: defaultPlaybook,
    now: new Date(AT),
  });
}

const envelope = { at: AT, source: null, actor: 'system' } as const;

describe('an event in the strip, in the viewer’s language', () => {
  it('says a change of state again from its data, not from the Dutch record', () => {
    const event: TimelineEvent = {
      ...envelope,
      seq: 1,
      kind: 'domain-status',
      domain: 'ggd-portal',
      summary: 'GGD-portaal: IN ORDE → KRITIEK',
      data: { from: 'ok', to: 'critical' },
    };
    expect(text(event, 'en')).toBe('GGD portal: OK → CRITICAL');
    expect(text(event, 'nl')).toBe('GGD-portaal: IN ORDE → KRITIEK');
  });

  it('describes a raised mark from its evidence', () => {
    const mark = sampleMark('check-down');
    const event: TimelineEvent = {
      ...envelope,
      seq: 2,
      kind: 'mark-raised',
      domain: 'website',
      summary: 'Website: X-site al 4 min onbereikbaar',
      data: {
        rule: mark.rule,
        severity: mark.severity,
        since: mark.since,
        evidence: mark.evidence,
      },
    };
    expect(text(event, 'en')).toMatch(/^Website coronamelder\.nl: X-site down for 4 min/);
  });

  it('keeps what a person wrote as they wrote it', () => {
    const event: TimelineEvent = {
      ...envelope,
      seq: 3,
      kind: 'note',
      domain: null,
      actor: 'Anna',
      summary: 'Persbericht om 15:00',
      data: {},
    };
    expect(text(event, 'en')).toBe('Persbericht om 15:00');
  });
});
