import { useState } from 'react';
import type { DomainId } from '../../../shared/playbook/domains.ts';
import type { TimelineEvent } from '../../../shared/timeline/event.ts';
import { useCriterion } from '../../api/actions.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { ActionForm } from './ActionForm.tsx';
import { TextField } from './TextField.tsx';

export interface CriterionFormProps {
  readonly domain: DomainId;
  /** True declares the domain's criterion met by hand; false withdraws that. */
  readonly met: boolean;
  readonly onSaved: (event: TimelineEvent) => void;
  readonly onCancel: () => void;
}

/** A criterion seen met where no source can see it (the SOC phoned), or withdrawn; always why. */
export function CriterionForm({ domain, met, onSaved, onCancel }: CriterionFormProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const criterion = useCriterion();
  const submit = () => {
    if (!reason.trim()) return setMissing(true);
    criterion.mutate({ domain, met, reason: reason.trim() }, { onSuccess: onSaved });
  };
  const label = t(met ? 'domain.criterionSubmit' : 'domain.withdrawSubmit');
  return (
    <ActionForm
      label={t(met ? 'domain.criterionMet' : 'domain.withdraw')}
      submitLabel={label}
      saving={criterion.isPending}
      invalid={missing ? 'action.reasonRequired' : null}
      failure={criterion.error}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField
        label={t('action.reason')}
        value={reason}
        onChange={(value) => {
          setReason(value);
          setMissing(false);
        }}
        required
        invalid={missing}
        autoFocus
        testId={testIds.criterionReason}
      />
    </ActionForm>
  );
}
