import type { TimelineEvent } from '../../../shared/timeline/event.ts';
import { useAppInfo } from '../../api/hooks.ts';
import { formatTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';

/** Confirms what main recorded: the event's own time and number, read out politely. */
export function SavedNote({ event }: { event: TimelineEvent | null }) {
  const { t, language } = useI18n();
  const timeZone = useAppInfo().data?.timezone;
  return (
    <p className="saved-note" role="status" data-testid={testIds.actionSaved}>
      {event &&
        timeZone &&
        t('action.saved', { time: formatTime(event.at, language, timeZone), seq: event.seq })}
    </p>
  );
}
