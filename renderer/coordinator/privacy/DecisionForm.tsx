import { useState } from 'react';
import type { PrivacyClock, PrivacyClocks } from '../../../shared/privacy/clock-schema.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { testIds } from '../../testids.ts';
import { ActionForm } from '../actions/ActionForm.tsx';
import { TextField } from '../actions/TextField.tsx';
import { useDecidePrivacy } from './use-privacy-clocks.ts';

export interface DecisionFormProps {
  readonly clock: PrivacyClock;
  /** With main's answer: every clock, this one changed. */
  readonly onSaved: (answer: PrivacyClocks) => void;
  readonly onCancel: () => void;
}

/**
 * "Melden bij de AP: ja/nee, waarom": nothing is chosen for the coordinator, and the why is
 * required. Recorded as a decision on the timeline; it stops the clock.
 */
export function DecisionForm({ clock, onSaved, onCancel }: DecisionFormProps) {
  const { t } = useI18n();
  const [notify, setNotify] = useState<boolean | null>(null);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<MessageKey | null>(null);
  const decide = useDecidePrivacy();
  const submit = () => {
    if (notify === null) return setInvalid('privacy.decideChoose');
    if (!reason.trim()) return setInvalid('action.reasonRequired');
    decide.mutate({ clockId: clock.id, notify, reason: reason.trim() }, { onSuccess: onSaved });
  };
  const choice = (value: boolean, label: MessageKey) => (
    <label className="choice">
      <input
        type="radio"
        name={`privacy-notify-${clock.id}`}
        checked={notify === value}
        onChange={() => {
          setNotify(value);
          setInvalid(null);
        }}
        autoFocus={value}
        data-testid={testIds.privacyDecision(value)}
      />
      {t(label)}
    </label>
  );
  return (
    <ActionForm
      label={t(clock.decision ? 'privacy.correct' : 'privacy.decide')}
      submitLabel={t('privacy.decideSubmit')}
      saving={decide.isPending}
      invalid={invalid}
      failure={decide.error}
      onSubmit={submit}
      onCancel={onCancel}
      className="privacy-form"
    >
      <fieldset className="choice-group">
        <legend className="field-label">{t('privacy.decideQuestion')}</legend>
        {choice(true, 'privacy.decideYes')}
        {choice(false, 'privacy.decideNo')}
      </fieldset>
      <TextField
        label={t('privacy.decideWhy')}
        value={reason}
        onChange={(text) => {
          setReason(text);
          setInvalid(null);
        }}
        required
        invalid={invalid === 'action.reasonRequired'}
        testId={testIds.privacyDecisionReason}
      />
    </ActionForm>
  );
}
