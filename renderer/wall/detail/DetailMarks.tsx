import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useMemo, useRef } from 'react';
import { criterionById } from '../../../shared/playbook/criteria.ts';
import type { Playbook } from '../../../shared/playbook/playbook.ts';
import type { DomainSnapshot, Mark } from '../../../shared/snapshot/snapshot-schema.ts';
import { describeMark } from '../../../shared/text/marks.ts';
import { MarkState, markStateClasses } from '../../common/MarkState.tsx';
import { useFitCount } from '../../common/use-fit-count.ts';
import { statusIcon } from '../../status/presentation.ts';
import { testIds } from '../../testids.ts';

export interface DetailMarksProps {
  readonly domain: DomainSnapshot;
  readonly playbook: Playbook;
  readonly timeZone: string;
  readonly now: Date;
}

/** Every mark in full (what, the playbook's criterion, who saw to it), as many as fit. */
export function DetailMarks({ domain, playbook, timeZone, now }: DetailMarksProps) {
  const { t, language } = useI18n();
  const { marks } = domain;
  // Worked out once per snapshot and minute: the fit below may draw the list more than once.
  const texts = useMemo(
    () => marks.map((mark) => describeMark(mark, { language, timeZone, now, playbook })),
    [marks, language, timeZone, now, playbook],
  );
  const list = useRef<HTMLUListElement>(null);
  const count = useFitCount(
    list,
    marks.length,
    [...texts, ...marks.map(stateKey)].join('\n'),
    // Start over when other marks are shown; who saw to them, or a duration counting up, only
    // re-checks the room from where the fit stands.
    [language, ...marks.map((mark, index) => markKey(mark, index))].join('\n'),
  );
  const hidden = marks.length - count;
  return (
    <section
      className="detail-marks"
      data-testid={testIds.detailMarks}
      aria-label={t('wall.detail.marks')}
    >
      <h3 className="detail-heading">{t('wall.detail.marks')}</h3>
      {marks.length === 0 && <NoMarks domain={domain} playbook={playbook} />}
      {marks.length > 0 && (
        // The list is the box that is fitted: its items, then "+n" in the room they leave.
        <ul ref={list} className="detail-mark-list">
          {marks.slice(0, count).map((mark, index) => (
            <li
              key={markKey(mark, index)}
              className={markClasses(mark, now)}
              data-testid={testIds.mark}
              data-seq={mark.seq ?? undefined}
            >
              <span className="detail-mark-icon" aria-hidden="true">
                {statusIcon[mark.severity]}
              </span>
              <div className="detail-mark-body">
                <p className="detail-mark-text">{texts[index]}</p>
                <MarkCriterion mark={mark} />
                <MarkState mark={mark} detailed timeZone={timeZone} now={now} />
              </div>
            </li>
          ))}
          {hidden > 0 && (
            <li className="detail-more" data-testid={testIds.detailMore}>
              {t('wall.detail.more', { n: hidden })}
            </li>
          )}
        </ul>
      )}
    </section>
  );
}

/** Why there are none, and what would raise one: the playbook's trigger. */
function NoMarks({ domain, playbook }: { domain: DomainSnapshot; playbook: Playbook }) {
  const { t, language } = useI18n();
  const trigger = playbook.domains.find((candidate) => candidate.id === domain.id)?.trigger;
  return (
    <>
      <p className="detail-reason">
        {t(domain.status === 'ok' ? 'domain.okReason' : 'domain.unknownReason')}
      </p>
      {trigger && (
        <p className="detail-trigger">
          <span className="tile-label">{t('domain.trigger')}: </span>
          {trigger[language]}
        </p>
      )}
    </>
  );
}

/** The playbook criterion the mark meets, in the seed's words (or their translation). */
function MarkCriterion({ mark }: { mark: Mark }) {
  const { t, language } = useI18n();
  const criterion = criterionById(mark.criterion);
  if (!criterion) return null;
  return (
    <p className="mark-criterion">
      {t('mark.criterion')}: {criterion.words[language]}
    </p>
  );
}

function markClasses(mark: Mark, now: Date): string {
  const held = mark.held ? 'is-held' : '';
  return ['detail-mark', 'mark', `severity-${mark.severity}`, held, markStateClasses(mark, now)]
    .filter(Boolean)
    .join(' ');
}

/** Without a seq (nothing records), a held mark can repeat its active twin's rule and text. */
function markKey(mark: Mark, index: number): string {
  return mark.seq === null ? `${index} ${mark.rule} ${mark.since}` : `#${mark.seq}`;
}

/** Who saw to a mark changes its lines: measure again then. */
function stateKey(mark: Mark): string {
  return `${mark.acknowledged?.seq ?? '-'} ${mark.snoozed?.seq ?? '-'}`;
}
