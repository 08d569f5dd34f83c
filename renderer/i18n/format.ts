import type { Language } from '../../shared/playbook/text.ts';

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
