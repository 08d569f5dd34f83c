import { useEffect, useRef } from 'react';
import type { Mark } from '../../../shared/snapshot/snapshot-schema.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { AcknowledgeForm } from './AcknowledgeForm.tsx';
import { SavedNote } from './SavedNote.tsx';
import { SnoozeForm } from './SnoozeForm.tsx';
import { ToggleButton } from './ToggleButton.tsx';
import { useOpenForm } from './use-open-form.ts';

/** The `a` shortcut's request: open the acknowledgement of the mark raised as `seq`. */
export interface AcknowledgeAsk {
  readonly seq: number;
  /** Counts the requests: asking again opens the form again. */
  readonly n: number;
}

/** Acknowledge or snooze one mark; only a mark the timeline records (with a seq) can be. */
export function MarkActions({
  mark,
  acknowledgeAsk = null,
}: {
  mark: Mark;
  acknowledgeAsk?: AcknowledgeAsk | null;
}) {
  const { t } = useI18n();
  const form = useOpenForm<'acknowledge' | 'snooze'>();
  const group = useRef<HTMLDivElement>(null);
  const asked = acknowledgeAsk !== null && acknowledgeAsk.seq === mark.seq ? acknowledgeAsk.n : 0;
  const { show } = form;
  useEffect(() => {
    if (asked === 0) return;
    const button = group.current?.querySelector<HTMLElement>(
      `[data-testid="${testIds.markAcknowledge}"]`,
    );
    show('acknowledge', button ?? null);
  }, [asked, show]);
  if (mark.seq === null) return null;
  return (
    <div ref={group} className="mark-actions" role="group" aria-label={t('mark.actions')}>
      <div className="action-buttons">
        {/* Acknowledged is final for this raising; a new raising brings the button back. */}
        {!mark.acknowledged && (
          <ToggleButton
            open={form.open === 'acknowledge'}
            onToggle={(button) => form.toggle('acknowledge', button)}
            testId={testIds.markAcknowledge}
          >
            {t('mark.acknowledge')}
          </ToggleButton>
        )}
        <ToggleButton
          open={form.open === 'snooze'}
          onToggle={(button) => form.toggle('snooze', button)}
          testId={testIds.markSnooze}
        >
          {t('mark.snooze')}
        </ToggleButton>
      </div>
      {form.open === 'acknowledge' && (
        <AcknowledgeForm raisedSeq={mark.seq} onSaved={form.done} onCancel={form.close} />
      )}
      {form.open === 'snooze' && (
        <SnoozeForm raisedSeq={mark.seq} onSaved={form.done} onCancel={form.close} />
      )}
      <SavedNote event={form.saved} />
    </div>
  );
}
