import { useState } from 'react';
import type { TimelineEvent } from '../../../shared/timeline/event.ts';
import { useAcknowledge } from '../../api/actions.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { ActionForm } from './ActionForm.tsx';
import { TextField } from './TextField.tsx';

export interface MarkFormProps {
  /** The mark's `mark-raised` seq. */
  readonly raisedSeq: number;
  readonly onSaved: (event: TimelineEvent) => void;
  readonly onCancel: () => void;
}

/** "I have seen this one": an acknowledgement with an optional note. */
export function AcknowledgeForm({ raisedSeq, onSaved, onCancel }: MarkFormProps) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const acknowledge = useAcknowledge();
  const submit = () => {
    const request = note.trim() ? { raisedSeq, note: note.trim() } : { raisedSeq };
    acknowledge.mutate(request, { onSuccess: onSaved });
  };
  return (
    <ActionForm
      label={t('mark.acknowledge')}
      submitLabel={t('mark.acknowledge')}
      saving={acknowledge.isPending}
      invalid={null}
      failure={acknowledge.error}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField
        label={t('mark.acknowledgeNote')}
        value={note}
        onChange={setNote}
        autoFocus
        testId={testIds.acknowledgeNote}
      />
    </ActionForm>
  );
}
