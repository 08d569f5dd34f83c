/**
 * E-mail addresses and phone numbers found by pattern anywhere in a text, and what each
 * becomes in a Woo release: the person's part gives way to the ground `5.1.2e`, the
 * organisation's part (the mail domain, the number's country code and area or mobile prefix)
 * stays, as the released Dutch documents do it (`5.1.2e@minvws.nl`, `06- 5.1.2e`).
 */

export const WOO_MARK = '5.1.2e';

/** A match of one pattern: where it is and what takes its place. */
export interface Found {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

const EMAIL = /[\p{L}\p{N}._%+'-]+@((?:[\p{L}\p{N}-]+\.)+\p{L}{2,})(?![\p{L}\p{N}-])/gu;

export function findEmails(text: string): Found[] {
  if (!text.includes('@')) return [];
  return [...text.matchAll(EMAIL)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    replacement: `${WOO_MARK}@${match[1]}`,
  }));
}

// One optional separator between two digits: a space, or a dash, dot or slash with at most a
// space either side ("06-12345678", "06 1234 5678", "020 - 123 45 67", "020/123.45.67").
const SEP = String.raw`(?:[ \t]?[-./][ \t]?|[ \t])?`;
const digits = (count: number) => String.raw`\d(?:${SEP}\d){${count - 1}}`;
// Not inside a longer number or word, and not a date or time running on ("01-05-2026 12:30").
const BEFORE = String.raw`(?<![\p{L}\p{N}+])`;
const AFTER = String.raw`(?![\p{L}\p{N}]|[-.,:/]\p{N})`;
/** +31 or 0031, perhaps with the national (0) the writer kept: "+31 (0)6-1234 5678". */
const DUTCH_COUNTRY = String.raw`(?<country>\+|00)[ \t]?31(?:[ \t]?\(0\))?${SEP}(?<international>${digits(9)})`;
/** 0 and nine digits, or an area prefix in parentheses: "(020) 123 4567". */
const DUTCH_NATIONAL = String.raw`(?<national>0${SEP}${digits(9)}|\(0\d\)[ \t]?${digits(8)}|\(0\d\d\)[ \t]?${digits(7)}|\(0\d\d\d\)[ \t]?${digits(6)})`;
/** Another country's number: its code stays, the rest goes. */
const FOREIGN = String.raw`(?<foreign>\+(?!31)[1-9]\d{0,2})${SEP}${digits(7)}(?:${SEP}\d){0,5}`;
const PHONE = new RegExp(
  `${BEFORE}(?:${DUTCH_COUNTRY}|${DUTCH_NATIONAL}|${FOREIGN})${AFTER}`,
  'gu',
);

export function findPhoneNumbers(text: string): Found[] {
  if (!/\d/.test(text)) return [];
  return [...text.matchAll(PHONE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    replacement: phoneReplacement(match.groups ?? {}),
  }));
}

function phoneReplacement(groups: Record<string, string | undefined>): string {
  if (groups.foreign) return `${groups.foreign} ${WOO_MARK}`;
  if (groups.international) {
    const country = groups.country === '+' ? '+31' : '0031';
    return `${country} ${dutchPrefix(groups.international.replace(/\D/g, ''))}- ${WOO_MARK}`;
  }
  const national = (groups.national ?? '').replace(/\D/g, '').slice(1);
  return `0${dutchPrefix(national)}- ${WOO_MARK}`;
}

/** Two-digit area and service prefixes (after the 0); every other area prefix has three. */
const TWO_DIGIT_PREFIXES = new Set(
  '10 13 15 20 23 24 26 30 33 35 36 38 40 43 45 46 50 53 55 58 70 71 72 73 74 75 76 77 78 79 84 85 87 88 91 97'.split(
    ' ',
  ),
);

/**
 * The prefix a Dutch number keeps, from its nine digits after the 0: 6 for a mobile, the area
 * or service code otherwise (20 Amsterdam, 88 a company number, 513 Heerenveen, 800 free).
 * Read from the digits, not from how the writer grouped them, so every spelling of one number
 * becomes the same text.
 */
export function dutchPrefix(nineDigits: string): string {
  if (nineDigits.startsWith('6')) return '6';
  const two = nineDigits.slice(0, 2);
  return TWO_DIGIT_PREFIXES.has(two) ? two : nineDigits.slice(0, 3);
}
