import type { ReactNode } from 'react';
import { criterionById } from '../../../shared/playbook/criteria.ts';
import type { Playbook } from '../../../shared/playbook/playbook.ts';
import type { DomainSnapshot, Mark } from '../../../shared/snapshot/snapshot-schema.ts';
import { describeMark } from '../../../shared/text/marks.ts';
import { markClasses, markKey, MarkState } from '../../common/MarkState.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { testIds } from '../../testids.ts';
import { MarkActions, type AcknowledgeAsk } from '../actions/MarkActions.tsx';

export interface DeskMarksProps {
  readonly domain: DomainSnapshot;
  readonly playbook: Playbook;
  readonly timeZone: string;
  readonly now: Date;
  /** The `a` shortcut: open this mark's acknowledgement. */
  readonly acknowledgeAsk?: AcknowledgeAsk | null;
  /** Under each mark, after its criterion: its full evidence (the detail), or nothing. */
  readonly evidence?: (mark: Mark) => ReactNode;
}

/**
 * Why the domain has its status: every mark, with the criterion it meets and its actions, in
 * the snapshot's order. Not re-sorted as marks are seen to: a mark must not move away from
 * under the form someone is filling in.
 */
export function DeskMarks({
  domain,
  playbook,
  timeZone,
  now,
  acknowledgeAsk,
  evidence,
}: DeskMarksProps) {
  const { t, language } = useI18n();
  if (domain.marks.length === 0) {
    const reason: MessageKey = domain.status === 'ok' ? 'domain.okReason' : 'domain.unknownReason';
    return <p className="tile-reason">{t(reason)}</p>;
  }
  const context = { language, timeZone, now, playbook };
  return (
    <ul className="tile-marks">
      {domain.marks.map((mark) => (
        <li
          key={markKey(mark)}
          className={markClasses(mark, now)}
          data-testid={testIds.mark}
          data-seq={mark.seq ?? undefined}
        >
          {describeMark(mark, context)}
          <MarkCriterion mark={mark} />
          {evidence?.(mark)}
          <MarkState mark={mark} detailed timeZone={timeZone} now={now} />
          <MarkActions mark={mark} acknowledgeAsk={acknowledgeAsk ?? null} />
        </li>
      ))}
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
