import type { DomainId } from '../../../shared/playbook/domains.ts';
import type { Playbook } from '../../../shared/playbook/playbook.ts';
import type { TimelineEvent } from '../../../shared/timeline/event.ts';
import { useInformed } from '../../api/actions.ts';
import { errorMessage } from '../../api/error-message.ts';
import { useAppInfo } from '../../api/hooks.ts';
import { formatTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';

export interface InformedButtonProps {
  readonly domain: DomainId;
  readonly roleId: string;
  readonly roleTitle: string;
  /** The line in force, as the card shows it; main records the same. */
  readonly line: string;
  readonly onSaved: (event: TimelineEvent) => void;
}

/** "Informed <role> via <line>" on the timeline in one click (the desk's `informed` action). */
export function InformedButton({ domain, roleId, roleTitle, line, onSaved }: InformedButtonProps) {
  const { t } = useI18n();
  const informed = useInformed();
  return (
    <>
      <button
        type="button"
        className="tile-button informed-button"
        disabled={informed.isPending}
        aria-label={t('lineCard.informedVia', { role: roleTitle, line })}
        onClick={() => informed.mutate({ domain, role: roleId }, { onSuccess: onSaved })}
        data-testid={testIds.informedVia(roleId)}
      >
        {informed.isPending ? t('action.saving') : t('lineCard.informed')}
      </button>
      {informed.error && (
        <span className="form-error" role="alert" data-testid={testIds.actionError}>
          {t('action.failed', { message: errorMessage(informed.error) })}
        </span>
      )}
    </>
  );
}

/** The event main recorded, by its own time and number: proof it is on the timeline. */
export function InformedSaved({
  event,
  playbook,
}: {
  event: TimelineEvent | null;
  playbook: Playbook;
}) {
  const { t, language } = useI18n();
  const timeZone = useAppInfo().data?.timezone;
  const roleId = event?.kind === 'informed' ? event.data.role : null;
  const role =
    playbook.roles.find((candidate) => candidate.id === roleId)?.title[language] ?? roleId;
  return (
    <p className="saved-note" role="status" data-testid={testIds.informedSaved}>
      {event &&
        timeZone &&
        t('lineCard.informedSaved', {
          role: role ?? '',
          time: formatTime(event.at, language, timeZone),
          seq: event.seq,
        })}
    </p>
  );
}
