import { domainIds, type DomainId } from '../../shared/playbook/domains.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

export interface DomainSelectProps {
  readonly label: string;
  /** What the empty choice means here: "no domain", "all domains". */
  readonly emptyLabel: string;
  readonly value: DomainId | null;
  readonly onChange: (domain: DomainId | null) => void;
  readonly playbook: Playbook;
  readonly testId: string;
}

/** A labelled choice of one domain, or none, in playbook order. */
export function DomainSelect({
  label,
  emptyLabel,
  value,
  onChange,
  playbook,
  testId,
}: DomainSelectProps) {
  const { language } = useI18n();
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <select
        value={value ?? ''}
        onChange={(event) => onChange(asDomainId(event.target.value))}
        data-testid={testId}
      >
        <option value="">{emptyLabel}</option>
        {playbook.domains.map((definition) => (
          <option key={definition.id} value={definition.id}>
            {definition.title[language]}
          </option>
        ))}
      </select>
    </label>
  );
}

function asDomainId(value: string): DomainId | null {
  return domainIds.find((id) => id === value) ?? null;
}
