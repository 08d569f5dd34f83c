import { act, cleanup, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Contact } from '../../../shared/contacts/contacts.ts';
import { sampleMarks, SAMPLE_NOW } from '../../../shared/marks/testing/sample-marks.ts';
import { criterionById } from '../../../shared/playbook/criteria.ts';
import { defaultPlaybook } from '../../../shared/playbook/playbook.ts';
import type { Language } from '../../../shared/playbook/text.ts';
import type { DomainSnapshot, Mark } from '../../../shared/snapshot/snapshot-schema.ts';
import { describeMark } from '../../../shared/text/marks.ts';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { DomainDetailPage } from './DomainDetailPage.tsx';
import { fakeBoxLayout, resizeWindow, type FakeBox } from './testing/fake-box-layout.ts';

const NOW = new Date(SAMPLE_NOW);
const TIME_ZONE = 'Europe/Amsterdam';

const acknowledged: Mark = {
  ...sampleMarks[0]!,
  seq: 41,
  acknowledged: { by: 'Tess', at: '2026-11-29T12:58:00.000Z', note: 'belt Webhelp', seq: 42 },
};

/** Escalation, critical since 13:48 in Amsterdam, with every sample mark and one acknowledged. */
const escalation: DomainSnapshot = {
  id: 'escalation',
  status: 'critical',
  since: '2026-11-29T12:48:00.000Z',
  sources: ['topdesk'],
  dataAt: SAMPLE_NOW,
  marks: [acknowledged, ...sampleMarks.slice(1)],
  roles: [],
  line: { roles: [], redacted: true },
};

const contacts: Contact[] = [
  { roleId: 'build-incident-management', name: 'Ilse Incident', phone: '06-11', email: '' },
  { roleId: 'political', name: 'Pim Politiek', phone: '06-22', email: '' },
];

function renderPage(language: Language, domain: DomainSnapshot = escalation, chart?: ReactNode) {
  return render(
    <I18nProvider language={language}>
      <DomainDetailPage
        domain={domain}
        playbook={defaultPlaybook}
        contacts={contacts}
        timeZone={TIME_ZONE}
        now={NOW}
        chart={chart}
      />
    </I18nProvider>,
  );
}

const page = () => screen.getByTestId(testIds.detailPage);
const markTexts = () => screen.getAllByTestId(testIds.mark).map((mark) => mark.textContent);
const describe_ = (mark: Mark, language: Language) =>
  describeMark(mark, { language, timeZone: TIME_ZONE, now: NOW, playbook: defaultPlaybook });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('DomainDetailPage', () => {
  it('shows the status, since when, every mark in full, the line and every role, in Dutch', () => {
    renderPage('nl');
    expect(page().dataset).toMatchObject({ domain: 'escalation', status: 'critical' });
    expect(screen.getByRole('region', { name: 'Escalatie' })).toBe(page());
    expect(screen.getByTestId(testIds.domainStatus).textContent).toBe('✖KRITIEK');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Escalatie');
    expect(screen.getByTestId(testIds.detailSince).textContent).toBe('sinds 13:48 · 12 min');

    const marks = markTexts();
    expect(marks).toHaveLength(escalation.marks.length);
    escalation.marks.forEach((mark, index) => {
      expect(marks[index]).toContain(describe_(mark, 'nl'));
      expect(marks[index]).toContain(`Criterium: ${criterionById(mark.criterion)?.words.nl}`);
    });
    expect(marks[0]).toContain('bevestigd door Tess om 13:58: belt Webhelp');
    expect(screen.queryByTestId(testIds.detailMore)).toBeNull();

    expect(screen.getByTestId(testIds.domainLine).textContent).toBe(
      'Communicatielijn: Escalatie: 5.1.2e belt 5.1.2e (namen geredigeerd)',
    );
    const roles = within(screen.getByTestId(testIds.domainRoles)).getAllByRole('listitem');
    expect(roles).toHaveLength(7);
    expect(roles[0]?.textContent).toContain('Ilse Incident 06-11');
    expect(roles[1]?.textContent).toContain('geen contactpersoon ingesteld');
  });

  it('says it all in English', () => {
    renderPage('en');
    expect(screen.getByTestId(testIds.domainStatus).textContent).toBe('✖CRITICAL');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Escalation');
    expect(screen.getByTestId(testIds.detailSince).textContent).toBe('since 13:48 · 12 min');
    const marks = markTexts();
    escalation.marks.forEach((mark, index) => {
      expect(marks[index]).toContain(describe_(mark, 'en'));
      expect(marks[index]).toContain(`Criterion: ${criterionById(mark.criterion)?.words.en}`);
    });
    expect(marks[0]).toContain('acknowledged by Tess at 13:58: belt Webhelp');
    expect(screen.getByTestId(testIds.domainLine).textContent).toContain('Communication line: ');
    expect(screen.getByRole('heading', { name: 'Marks' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Roles' })).toBeTruthy();
  });

  it('marks each mark’s severity by shape, and quiets an acknowledged one', () => {
    const warning: Mark = { ...sampleMarks[1]!, severity: 'warning' };
    renderPage('nl', { ...escalation, status: 'warning', marks: [acknowledged, warning] });
    const [first, second] = screen.getAllByTestId(testIds.mark);
    expect(first?.className).toContain('is-acknowledged');
    expect(second?.className).toContain('severity-warning');
    expect(second?.textContent?.startsWith('▲')).toBe(true);
    expect(page().dataset.status).toBe('warning');
  });

  it('says why there are no marks, and what would raise one', () => {
    renderPage('nl', { ...escalation, status: 'ok', since: null, marks: [] });
    expect(screen.queryAllByTestId(testIds.mark)).toEqual([]);
    const marks = screen.getByTestId(testIds.detailMarks).textContent;
    expect(marks).toContain('Alle bronnen vers, geen meldingen');
    expect(marks).toContain('Aanleiding: P0/P1-verstoring');
    // Without a since nobody watched the status begin: no "since".
    expect(screen.queryByTestId(testIds.detailSince)).toBeNull();
  });

  it('lays the chart out beside the marks, above who acts, and leaves its room without one', () => {
    renderPage('nl', escalation, <svg data-testid="the-chart" />);
    const chart = screen.getByTestId(testIds.detailChart);
    expect(within(chart).getByTestId('the-chart')).toBeTruthy();
    expect(chart.parentElement?.className).toBe('detail-side has-chart');
    cleanup();
    renderPage('nl');
    expect(screen.queryByTestId(testIds.detailChart)).toBeNull();
    expect(page().querySelector('.detail-side')?.className).toBe('detail-side');
  });

  it('renders nothing for a domain the playbook does not know', () => {
    const { container } = renderPage('nl', { ...escalation, id: 'nope' as never });
    expect(container.innerHTML).toBe('');
  });
});

/** The marks' list under its heading: marks of 60 px, a "+n" line of 30 px. */
const marksBox = (height: number): FakeBox => ({
  selector: '.detail-mark-list',
  height,
  itemSelector: '.detail-mark',
  headPx: 0,
  itemPx: 60,
  morePx: 30,
});

describe('DomainDetailPage: more marks than room', () => {
  it('shows the marks that fit whole, then "+n meer" for the rest', () => {
    // 2 × 60 + 30 = 150 fits in 160; a third mark would not.
    fakeBoxLayout([marksBox(160)]);
    renderPage('nl');
    expect(markTexts()).toEqual(
      escalation.marks.slice(0, 2).map((mark) => expect.stringContaining(describe_(mark, 'nl'))),
    );
    expect(screen.getByTestId(testIds.detailMore).textContent).toBe(
      `+${escalation.marks.length - 2} meer`,
    );
  });

  it('says "+n more" in English, and shows every mark when all fit without the line', () => {
    const all = escalation.marks.length * 60;
    fakeBoxLayout([marksBox(all)]);
    renderPage('en');
    expect(markTexts()).toHaveLength(escalation.marks.length);
    expect(screen.queryByTestId(testIds.detailMore)).toBeNull();
    cleanup();
    fakeBoxLayout([marksBox(all - 10)]);
    renderPage('en');
    // The last mark no longer fits: the "+n" line takes its place.
    expect(markTexts()).toHaveLength(escalation.marks.length - 1);
    expect(screen.getByTestId(testIds.detailMore).textContent).toBe('+1 more');
  });

  it('in a tiny box shows no mark cut in half: only how many there are', () => {
    fakeBoxLayout([marksBox(40)]);
    renderPage('nl');
    expect(screen.queryAllByTestId(testIds.mark)).toEqual([]);
    expect(screen.getByTestId(testIds.detailMore).textContent).toBe(
      `+${escalation.marks.length} meer`,
    );
  });

  it('measures again when the window changes size', () => {
    const box = marksBox(160);
    fakeBoxLayout([box]);
    renderPage('nl');
    expect(markTexts()).toHaveLength(2);
    box.height = 4 * 60 + 30;
    act(() => resizeWindow(2560, 1440));
    expect(markTexts()).toHaveLength(4);
  });

  it('measures again when the marks change', () => {
    fakeBoxLayout([marksBox(160)]);
    const { rerender } = renderPage('nl');
    expect(screen.getByTestId(testIds.detailMore).textContent).toBe(
      `+${escalation.marks.length - 2} meer`,
    );
    rerender(
      <I18nProvider language="nl">
        <DomainDetailPage
          domain={{ ...escalation, marks: escalation.marks.slice(0, 3) }}
          playbook={defaultPlaybook}
          contacts={contacts}
          timeZone={TIME_ZONE}
          now={NOW}
        />
      </I18nProvider>,
    );
    expect(markTexts()).toHaveLength(2);
    expect(screen.getByTestId(testIds.detailMore).textContent).toBe('+1 meer');
  });

  it('fits again from where it stands when only who saw to a mark changes: fewer, then more', () => {
    const box = marksBox(160);
    fakeBoxLayout([box]);
    const { rerender } = renderPage('nl');
    expect(markTexts()).toHaveLength(2);
    const shown = (marks: Mark[]) => (
      <I18nProvider language="nl">
        <DomainDetailPage
          domain={{ ...escalation, marks }}
          playbook={defaultPlaybook}
          contacts={contacts}
          timeZone={TIME_ZONE}
          now={NOW}
        />
      </I18nProvider>
    );
    // Less room for the same marks, one now acknowledged: one fewer, not a fit from scratch.
    box.height = 60 + 30;
    const [first, second, ...rest] = escalation.marks;
    const seen = { by: 'Joris', at: '2026-11-29T12:59:00.000Z', note: null, seq: 43 };
    rerender(shown([first!, { ...second!, acknowledged: seen }, ...rest]));
    expect(markTexts()).toHaveLength(1);
    // More room, and the acknowledgement taken back: it grows one at a time while there is room.
    box.height = 4 * 60 + 30;
    rerender(shown(escalation.marks));
    expect(markTexts()).toHaveLength(4);
    expect(screen.getByTestId(testIds.detailMore).textContent).toBe(
      `+${escalation.marks.length - 4} meer`,
    );
  });

  it('fits the roles too', () => {
    // The line and the heading take 50 px; roles 30 px each; 50 + 3 × 30 + 30 = 170.
    fakeBoxLayout([
      {
        selector: '.detail-who',
        height: 170,
        itemSelector: '.tile-roles > li',
        headPx: 50,
        itemPx: 30,
        morePx: 30,
      },
    ]);
    renderPage('en');
    const roles = within(screen.getByTestId(testIds.domainRoles)).getAllByRole('listitem');
    expect(roles).toHaveLength(3);
    const who = screen.getByTestId(testIds.domainLine).parentElement as HTMLElement;
    expect(within(who).getByTestId(testIds.detailMore).textContent).toBe('+4 more');
  });
});
