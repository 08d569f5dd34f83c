import { useId } from 'react';
import type { DomainDefinition } from '../../../shared/playbook/domains.ts';
import type { Playbook } from '../../../shared/playbook/playbook.ts';
import type { TimelineEvent } from '../../../shared/timeline/event.ts';
import { useInformed } from '../../api/actions.ts';
import { errorMessage } from '../../api/error-message.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';

export interface InformedPickerProps {
  readonly domain: DomainDefinition;
  readonly playbook: Playbook;
  readonly onSaved: (event: TimelineEvent) => void;
  readonly onCancel: () => void;
}

/**
 * "Who did we tell?" in one more click: each of the domain's roles is a button. Main records
 * the line in force, the one shown here.
 */
export function InformedPicker({ domain, playbook, onSaved, onCancel }: InformedPickerProps) {
  const { t, language } = useI18n();
  const id = useId();
  const informed = useInformed();
  const roleTitle = (roleId: string) =>
    playbook.roles.find((role) => role.id === roleId)?.title[language] ?? roleId;
  return (
    <div
      className="action-form informed-picker"
      role="group"
      aria-labelledby={`${id}-who`}
      aria-busy={informed.isPending}
      onKeyDown={(event) => event.key === 'Escape' && !informed.isPending && onCancel()}
    >
      <p id={`${id}-who`} className="field-label">
        {t('domain.informedWho')}
      </p>
      <p className="informed-line">
        {t('domain.line')}: {domain.line[language]}
      </p>
      <div className="role-choices">
        {domain.roles.map((roleId, index) => (
          <button
            key={roleId}
            type="button"
            className="tile-button"
            disabled={informed.isPending}
            autoFocus={index === 0}
            onClick={() =>
              informed.mutate({ domain: domain.id, role: roleId }, { onSuccess: onSaved })
            }
            data-testid={testIds.informedRole(roleId)}
          >
            {roleTitle(roleId)}
          </button>
        ))}
      </div>
      {informed.error && (
        <p className="form-error" role="alert" data-testid={testIds.actionError}>
          {t('action.failed', { message: errorMessage(informed.error) })}
        </p>
      )}
      <div className="form-buttons">
        <button
          type="button"
          className="quiet-button"
          onClick={onCancel}
          disabled={informed.isPending}
          data-testid={testIds.actionCancel}
        >
          {t('action.cancel')}
        </button>
      </div>
    </div>
  );
}
