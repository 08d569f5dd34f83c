import type {
  WarRoomJoinResult,
  WarRoomTestResult,
} from '../../../shared/settings/war-room-choice-contract.ts';
import { formatTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';

/** What the last button of the war room section came to. */
export type WarRoomOutcome =
  | { readonly what: 'test'; readonly answer: WarRoomTestResult }
  | { readonly what: 'join' | 'leave'; readonly answer: WarRoomJoinResult }
  | { readonly what: 'error'; readonly message: string }
  | { readonly what: 'required' };

/**
 * One line: who publishes what and when, the store's own error, or that the app restarts.
 * Main's answers never hold the password, so neither does this line.
 */
export function WarRoomResult({ outcome }: { readonly outcome: WarRoomOutcome | null }) {
  const { t, language } = useI18n();
  if (!outcome) return <p role="status" data-testid={testIds.settingsWarRoomResult} />;
  const [good, status, text] = ((): [boolean, string, string] => {
    switch (outcome.what) {
      case 'required':
        return [false, 'required', t('settings.warRoom.urlRequired')];
      case 'error':
        return [false, 'error', t('settings.warRoom.failed', { message: outcome.message })];
      case 'test': {
        const answer = outcome.answer;
        if (answer.status === 'failed')
          return [false, 'failed', t('settings.warRoom.failed', { message: answer.message })];
        if (answer.status === 'no-collector')
          return [true, answer.status, t('settings.warRoom.noCollector', { store: answer.store })];
        const time = formatTime(answer.publishedAt, language, answer.timezone);
        const values = { ...answer.collector, store: answer.store, title: answer.title, time };
        return [true, answer.status, t('settings.warRoom.published', values)];
      }
      default: {
        const answer = outcome.answer;
        if (answer.status === 'invalid')
          return [false, 'invalid', t('settings.warRoom.invalid', { message: answer.message })];
        if (answer.status === 'unavailable')
          return [false, 'unavailable', t('settings.warRoom.unavailable')];
        const key =
          outcome.what === 'join' ? 'settings.warRoom.joining' : 'settings.warRoom.leaving';
        return [true, 'restarting', t(key)];
      }
    }
  })();
  return (
    <p
      className={good ? 'settings-ok' : 'field-problem'}
      role={good ? 'status' : 'alert'}
      data-testid={testIds.settingsWarRoomResult}
      data-status={status}
    >
      {text}
    </p>
  );
}
