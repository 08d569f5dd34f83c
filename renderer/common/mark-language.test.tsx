import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleMarks, SAMPLE_NOW } from '../../shared/marks/testing/sample-marks.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import type { Language } from '../../shared/playbook/text.ts';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import { describeMark } from '../../shared/text/marks.ts';
import { App } from '../app/App.tsx';
import { fakeApi, snapshotFrom } from '../test/fake-api.ts';
import { testIds } from '../testids.ts';

/**
 * Every rule kind, active and held, on the wall and the coordinator's desk: the English screens
 * hold no Dutch mark text and the Dutch ones no English. The samples' data is language-neutral
 * (X-names, numbers), so any word of one language's mark phrases alone must come from the app.
 */
const NOW = new Date(SAMPLE_NOW);

function snapshotWithEveryMark(): Snapshot {
  const base = snapshotFrom('title: t', NOW);
  return {
    ...base,
    domains: base.domains.map((domain, index) => {
      // Two or fewer marks per tile, so none hides behind "and n more".
      const marks = sampleMarks.filter((_, markIndex) => markIndex % base.domains.length === index);
      return { ...domain, status: marks.length > 0 ? 'critical' : 'ok', marks };
    }),
  };
}

const context = (language: Language) => ({
  language,
  timeZone: 'Europe/Amsterdam',
  now: NOW,
  playbook: defaultPlaybook,
});
const markTexts = (language: Language) =>
  sampleMarks.map((mark) => describeMark(mark, context(language)));
const words = (texts: readonly string[]) =>
  new Set(
    texts
      .join(' ')
      .toLowerCase()
      .match(/\p{L}{3,}/gu) ?? [],
  );

/** Words the marks use in one language and never in the other. */
function onlyIn(language: Language): string[] {
  const other = words(markTexts(language === 'nl' ? 'en' : 'nl'));
  return [...words(markTexts(language))].filter((word) => !other.has(word));
}

async function screenText(view: 'wall' | 'coordinator', language: Language): Promise<string[]> {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  render(
    <App
      api={fakeApi(snapshotWithEveryMark()).api}
      queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
      initialView={view}
      initialLanguage={language}
    />,
  );
  const marks = await screen.findAllByTestId(testIds.mark);
  return marks.map((mark) => mark.textContent ?? '');
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('mark text on screen, in the viewer’s language only', () => {
  it('has words that tell the two languages apart', () => {
    expect(onlyIn('nl')).toEqual(expect.arrayContaining(['meldingen', 'onbereikbaar', 'drempel']));
    expect(onlyIn('en')).toEqual(expect.arrayContaining(['reports', 'down', 'threshold']));
  });

  for (const view of ['wall', 'coordinator'] as const) {
    for (const [language, other] of [
      ['en', 'nl'],
      ['nl', 'en'],
    ] as const) {
      it(`${view} in ${language}: every kind's mark, none in ${other}`, async () => {
        const shown = await screenText(view, language);
        expect(shown).toHaveLength(sampleMarks.length);
        for (const text of markTexts(language))
          expect(shown.some((line) => line.includes(text))).toBe(true);
        const foreign = onlyIn(other);
        for (const line of shown) {
          const found = [...words([line])].filter((word) => foreign.includes(word));
          expect(found, line).toEqual([]);
        }
      });
    }
  }
});
