import { useMemo, useRef, type CSSProperties } from 'react';
import { inDisplayOrder } from '../../../shared/marks/display-order.ts';
import type { Playbook } from '../../../shared/playbook/playbook.ts';
import type { DomainSnapshot } from '../../../shared/snapshot/snapshot-schema.ts';
import { formatClock } from '../../../shared/text/format.ts';
import { describeMark } from '../../../shared/text/marks.ts';
import { markClasses, markKey, MarkState, markStateClasses } from '../../common/MarkState.tsx';
import { useFitLines } from '../../common/use-fit-count.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { testIds } from '../../testids.ts';

/** A mark's text is cut (with an ellipsis) after this many lines, fewer when room is short. */
const MAX_LINES = 4;

export interface WallMarksProps {
  readonly domain: DomainSnapshot;
  readonly playbook: Playbook;
  readonly timeZone: string;
  readonly minute: Date;
}

/**
 * Why the tile has its status: as many marks as the tile has room for, worst and newest
 * first, each with its own since, and "+3 meer" for the rest — never a silent cut.
 */
export function WallMarks({ domain, playbook, timeZone, minute }: WallMarksProps) {
  const { t, language } = useI18n();
  const box = useRef<HTMLUListElement>(null);
  // Worked out once per snapshot and minute: the fit below may draw the list more than once.
  const { marks, texts, states } = useMemo(() => {
    const ordered = inDisplayOrder(domain.marks, minute);
    const context = { language, timeZone, now: minute, playbook };
    return {
      marks: ordered,
      texts: ordered.map((mark) => describeMark(mark, context)),
      states: ordered.map((mark) => markStateClasses(mark, minute)),
    };
  }, [domain.marks, language, timeZone, minute, playbook]);
  const fit = useFitLines(
    box,
    marks.length,
    MAX_LINES,
    `${texts.join('\n')} ${states.join(' ')}`,
    // Start over when other marks are shown; an acknowledgement or a duration counting up
    // only re-checks the room from where the fit stands.
    `${language} ${marks.map(markKey).join(' ')}`,
  );
  if (marks.length === 0) {
    const reason: MessageKey = domain.status === 'ok' ? 'domain.okReason' : 'domain.unknownReason';
    return <p className="tile-reason">{t(reason)}</p>;
  }
  const hidden = marks.length - fit.count;
  return (
    <ul
      className="tile-marks wall-marks"
      ref={box}
      style={{ '--mark-lines': fit.lines } as CSSProperties}
    >
      {marks.slice(0, fit.count).map((mark, index) => (
        <li
          key={markKey(mark)}
          className={markClasses(mark, minute)}
          data-testid={testIds.mark}
          data-seq={mark.seq ?? undefined}
        >
          {/* One clamped block: the state label, since when, then the mark in words. */}
          <span className="mark-text">
            <MarkState mark={mark} detailed={false} timeZone={timeZone} now={minute} />
            <span className="mark-since">
              {t('tile.markSince', { time: formatClock(mark.since, language, timeZone, minute) })}
            </span>{' '}
            {texts[index]}
          </span>
        </li>
      ))}
      {hidden > 0 && (
        <li className="tile-more" data-testid={testIds.tileMore}>
          {t('tile.more', { n: hidden })}
        </li>
      )}
    </ul>
  );
}
