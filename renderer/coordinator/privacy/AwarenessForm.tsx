import { useId, useState } from 'react';
import { AWARENESS_MAX_AGE_MS } from '../../../shared/privacy/awareness-limits.ts';
import type { PrivacyClock, PrivacyClocks } from '../../../shared/privacy/clock-schema.ts';
import { deadlineOf } from '../../../shared/privacy/countdown.ts';
import { formatMoment, fromLocalInput, toLocalInput } from '../../../shared/privacy/local-time.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { testIds } from '../../testids.ts';
import { ActionForm } from '../actions/ActionForm.tsx';
import { TextField } from '../actions/TextField.tsx';
import { useSetPrivacyAwareness } from './use-privacy-clocks.ts';

export interface AwarenessFormProps {
  readonly clock: PrivacyClock;
  readonly timeZone: string;
  /** With main's answer: every clock, this one changed. */
  readonly onSaved: (answer: PrivacyClocks) => void;
  readonly onCancel: () => void;
}

/**
 * A new moment of awareness, on the war room's clock, and why: both required. The new
 * deadline is shown before it is sent, and a time the clock skips or repeats is said.
 */
export function AwarenessForm({ clock, timeZone, onSaved, onCancel }: AwarenessFormProps) {
  const { t, language } = useI18n();
  const inputId = useId();
  const [value, setValue] = useState(() => toLocalInput(clock.awareness.at, timeZone));
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<MessageKey | null>(null);
  const change = useSetPrivacyAwareness();
  const read = fromLocalInput(value, timeZone);
  const submit = () => {
    const problem = problemOf(read, reason, clock);
    if (problem) return setInvalid(problem);
    if (!read.ok) return;
    change.mutate(
      { clockId: clock.id, at: read.at, reason: reason.trim() },
      { onSuccess: onSaved },
    );
  };
  const moment = (at: string | number) => formatMoment(at, language, timeZone, { zone: true });
  return (
    <ActionForm
      label={t('privacy.editAwareness')}
      submitLabel={t('privacy.awarenessSubmit')}
      saving={change.isPending}
      invalid={invalid}
      failure={change.error}
      onSubmit={submit}
      onCancel={onCancel}
      className="privacy-form"
    >
      <div className="field">
        <label className="field-label" htmlFor={inputId}>
          {t('privacy.awarenessField', { zone: timeZone })}
        </label>
        <input
          id={inputId}
          type="datetime-local"
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            setInvalid(null);
          }}
          required
          aria-required
          aria-invalid={invalid !== null && invalid !== 'action.reasonRequired'}
          autoFocus
          data-testid={testIds.privacyAwarenessInput}
        />
      </div>
      {read.ok && (
        <p className="privacy-preview" aria-live="polite">
          {read.ambiguous && `${t('privacy.awarenessAmbiguous', { time: moment(read.at) })} `}
          {t('privacy.awarenessPreview', { time: moment(deadlineOf(read.at)) })}
        </p>
      )}
      <TextField
        label={t('action.reason')}
        value={reason}
        onChange={(text) => {
          setReason(text);
          setInvalid(null);
        }}
        required
        invalid={invalid === 'action.reasonRequired'}
        testId={testIds.privacyAwarenessReason}
      />
    </ActionForm>
  );
}

function problemOf(
  read: ReturnType<typeof fromLocalInput>,
  reason: string,
  clock: PrivacyClock,
): MessageKey | null {
  if (!read.ok)
    return read.problem === 'nonexistent'
      ? 'privacy.awarenessNonexistent'
      : 'privacy.awarenessMissing';
  const at = Date.parse(read.at);
  // The renderer's own clock: main checks again with the seat's, and has the last word.
  const now = Date.now();
  if (at > now) return 'privacy.awarenessFuture';
  if (at < now - AWARENESS_MAX_AGE_MS) return 'privacy.awarenessTooOld';
  if (at === Date.parse(clock.awareness.at)) return 'privacy.awarenessSame';
  if (!reason.trim()) return 'action.reasonRequired';
  return null;
}
