import type { Language } from '../../shared/playbook/text.ts';

/**
 * Intl formatters are slow to make (a fraction of a millisecond each) and drawn with every
 * label of every chart: each one is made once per language, zone and shape, then reused.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(
  language: Language,
  timeZone: string,
  shape: 'time' | 'time-seconds' | 'date-time',
): Intl.DateTimeFormat {
  const key = `${language} ${timeZone} ${shape}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
      timeZone,
      ...(shape === 'date-time' ? { day: 'numeric', month: 'short' } : {}),
      hour: '2-digit',
      minute: '2-digit',
      ...(shape === 'time-seconds' ? { second: '2-digit' } : {}),
    });
    formatters.set(key, made);
  }
  return made;
}

/** Wall-clock time in the war room's time zone (the config's), not the machine's. */
export function formatTime(
  iso: string | Date,
  language: Language,
  timeZone: string,
  withSeconds = false,
): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  return formatter(language, timeZone, withSeconds ? 'time-seconds' : 'time').format(date);
}

export function formatDateTime(iso: string, language: Language, timeZone: string): string {
  return formatter(language, timeZone, 'date-time').format(new Date(iso));
}
