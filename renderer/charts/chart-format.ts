import type { Language } from '../../shared/playbook/text.ts';

const locale = (language: Language) => (language === 'nl' ? 'nl-NL' : 'en-GB');

/**
 * A count or rate as the reader writes it: 150, 12,5, 0,8, 0,033. Small rates keep two
 * significant digits, so 0.5 per 15 min reads 0,033 per minute and never rounds to 0.
 */
export function formatNumber(value: number, language: Language): string {
  const options: Intl.NumberFormatOptions =
    Math.abs(value) >= 10 || value === 0
      ? { maximumFractionDigits: 1 }
      : { maximumSignificantDigits: 2 };
  return new Intl.NumberFormat(locale(language), options).format(value);
}

/** Names in a sentence, each between quotes: 'Code niet ontvangen', 'Inloggen'. */
export function quoteNames(names: readonly string[]): string {
  return names.map((name) => `'${name}'`).join(', ');
}
