import { useState } from 'react';
import { formatDuration } from '../../../shared/text/format.ts';
import { useSnooze } from '../../api/actions.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import type { MarkFormProps } from './AcknowledgeForm.tsx';
import { ActionForm } from './ActionForm.tsx';
import { TextField } from './TextField.tsx';

/** The choices a war room needs; anything longer is an acknowledgement, not a snooze. */
const SNOOZE_MINUTES = [15, 30, 60, 240] as const;
const DEFAULT_MINUTES = 30;

/** Quiet a mark for a while, with the reason the timeline keeps. */
export function SnoozeForm({ raisedSeq, onSaved, onCancel }: MarkFormProps) {
  const { t, language } = useI18n();
  const [minutes, setMinutes] = useState<number>(DEFAULT_MINUTES);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const snooze = useSnooze();
  const submit = () => {
    if (!reason.trim()) return setMissing(true);
    snooze.mutate(
      { raisedSeq, forMs: minutes * 60_000, reason: reason.trim() },
      { onSuccess: onSaved },
    );
  };
  return (
    <ActionForm
      label={t('mark.snooze')}
      submitLabel={t('mark.snooze')}
      saving={snooze.isPending}
      invalid={missing ? 'action.reasonRequired' : null}
      failure={snooze.error}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <fieldset className="choice-group">
        <legend className="field-label">{t('mark.snoozeFor')}</legend>
        {SNOOZE_MINUTES.map((choice) => (
          <label key={choice} className="choice">
            <input
              type="radio"
              name={`snooze-${raisedSeq}`}
              checked={minutes === choice}
              onChange={() => setMinutes(choice)}
              autoFocus={choice === DEFAULT_MINUTES}
              data-testid={testIds.snoozeDuration(choice)}
            />
            {formatDuration(choice * 60_000, language)}
          </label>
        ))}
      </fieldset>
      <TextField
        label={t('action.reason')}
        value={reason}
        onChange={(value) => {
          setReason(value);
          setMissing(false);
        }}
        required
        invalid={missing}
        testId={testIds.snoozeReason}
      />
    </ActionForm>
  );
}
