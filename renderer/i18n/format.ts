import type { Language } from '../../shared/playbook/text.ts';
import type { MessageKey } from './messages.ts';

type Translate = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;

/** "12 s", "4 min", "2 u": how long ago, in the coarsest unit that still means something. */
export function formatAge(ms: number, t: Translate): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 120) return t('age.seconds', { n: seconds });
  if (seconds < 7200) return t('age.minutes', { n: Math.round(seconds / 60) });
  return t('age.hours', { n: Math.round(seconds / 3600) });
}

/** Wall-clock time in the war room's time zone (the config's), not the machine's. */
export function formatTime(
  iso: string | Date,
  language: Language,
  timeZone: string,
  withSeconds = false,
): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
  }).format(typeof iso === 'string' ? new Date(iso) : iso);
}

export function formatDateTime(iso: string, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}
