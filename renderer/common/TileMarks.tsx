import type { ReactNode } from 'react';
import { criterionById } from '../../shared/playbook/criteria.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import type { DomainSnapshot, Mark } from '../../shared/snapshot/snapshot-schema.ts';
import { describeMark } from '../../shared/text/marks.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { testIds } from '../testids.ts';
import { markClasses, markKey, MarkState } from './MarkState.tsx';

/** The wall shows the first few; the coordinator acts on every mark, so sees them all. */
const MAX_MARKS_ON_WALL = 3;

export interface TileMarksProps {
  readonly domain: DomainSnapshot;
  readonly playbook: Playbook;
  readonly timeZone: string;
  readonly now: Date;
  readonly detailed: boolean;
  /** The coordinator's buttons under each mark. */
  readonly markActions?: ((mark: Mark) => ReactNode) | undefined;
}

/** Why the tile has its status: its marks, or why there are none. */
export function TileMarks({
  domain,
  playbook,
  timeZone,
  now,
  detailed,
  markActions,
}: TileMarksProps) {
  const { t, language } = useI18n();
  if (domain.marks.length === 0) {
    const reason: MessageKey = domain.status === 'ok' ? 'domain.okReason' : 'domain.unknownReason';
    return <p className="tile-reason">{t(reason)}</p>;
  }
  const shown = detailed ? domain.marks : domain.marks.slice(0, MAX_MARKS_ON_WALL);
  const hidden = domain.marks.length - shown.length;
  const context = { language, timeZone, now, playbook };
  return (
    <ul className="tile-marks">
      {shown.map((mark) => (
        <li
          key={markKey(mark)}
          className={markClasses(mark, now)}
          data-testid={testIds.mark}
          data-seq={mark.seq ?? undefined}
        >
          {describeMark(mark, context)}
          {detailed && <MarkCriterion mark={mark} />}
          <MarkState mark={mark} detailed={detailed} timeZone={timeZone} now={now} />
          {markActions?.(mark)}
        </li>
      ))}
      {hidden > 0 && <li className="mark-more">{t('domain.moreMarks', { n: hidden })}</li>}
    </ul>
  );
}

/** The playbook criterion the mark implements, in the seed's words (or their translation). */
function MarkCriterion({ mark }: { mark: Mark }) {
  const { t, language } = useI18n();
  const criterion = criterionById(mark.criterion);
  if (!criterion) return null;
  return (
    <span className="mark-criterion">
      {t('mark.criterion')}: {criterion.words[language]}
    </span>
  );
}
