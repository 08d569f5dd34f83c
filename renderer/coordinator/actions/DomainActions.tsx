import type { Playbook } from '../../../shared/playbook/playbook.ts';
import type { DomainSnapshot } from '../../../shared/snapshot/snapshot-schema.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { CriterionForm } from './CriterionForm.tsx';
import { InformedPicker } from './InformedPicker.tsx';
import { SavedNote } from './SavedNote.tsx';
import { ToggleButton } from './ToggleButton.tsx';
import { useOpenForm } from './use-open-form.ts';

type DomainForm = 'informed' | 'criterion' | 'withdraw';

/** What the coordinator records for a whole domain: who was told, a criterion met or withdrawn. */
export function DomainActions({
  domain,
  playbook,
}: {
  domain: DomainSnapshot;
  playbook: Playbook;
}) {
  const { t, language } = useI18n();
  const form = useOpenForm<DomainForm>();
  const definition = playbook.domains.find((candidate) => candidate.id === domain.id);
  if (!definition) return null;
  const manual = domain.marks.some((mark) => mark.rule === 'criterion-met');
  const button = (which: DomainForm, testId: string, label: string) => (
    <ToggleButton
      open={form.open === which}
      onToggle={(opener) => form.toggle(which, opener)}
      testId={testId}
    >
      {label}
    </ToggleButton>
  );
  return (
    <div
      className="domain-actions"
      role="group"
      aria-label={t('domain.actions', { domain: definition.title[language] })}
    >
      <div className="action-buttons">
        {button('informed', testIds.domainInformed, t('domain.informed'))}
        {button('criterion', testIds.domainCriterion, t('domain.criterionMet'))}
        {manual && button('withdraw', testIds.domainWithdraw, t('domain.withdraw'))}
      </div>
      {form.open === 'informed' && (
        <InformedPicker
          domain={definition}
          playbook={playbook}
          onSaved={form.done}
          onCancel={form.close}
        />
      )}
      {(form.open === 'criterion' || form.open === 'withdraw') && (
        <CriterionForm
          key={form.open}
          domain={domain.id}
          met={form.open === 'criterion'}
          onSaved={form.done}
          onCancel={form.close}
        />
      )}
      <SavedNote event={form.saved} />
    </div>
  );
}
