import { findNames, nameMatcher } from './names.ts';
import { findEmails, findPhoneNumbers, WOO_MARK, type Found } from './patterns.ts';

export type RedactionType = 'name' | 'email' | 'phone';

export interface RedactedText {
  readonly text: string;
  /** What was taken out, each kind once; empty when the text had nothing to hide. */
  readonly types: readonly RedactionType[];
}

interface Span extends Found {
  readonly type: RedactionType;
}

/**
 * Redacts e-mail addresses, phone numbers and the known names (shared/redact/names.ts) in one
 * text. All three are found in the original first and the earliest, longest match wins where
 * they overlap, so a name inside an address goes with the address and the domain it keeps
 * is never searched again.
 */
export function textRedactor(knownNames: readonly string[]): (text: string) => RedactedText {
  const names = nameMatcher(knownNames);
  return (text) => {
    const spans: Span[] = [
      ...findEmails(text).map((found) => ({ ...found, type: 'email' as const })),
      ...findPhoneNumbers(text).map((found) => ({ ...found, type: 'phone' as const })),
      ...findNames(text, names).map((found) => ({ ...found, type: 'name' as const })),
    ];
    if (spans.length === 0) return { text, types: [] };
    return replaceSpans(text, mergeNeighbouringNames(text, firstLongest(spans)));
  };
}

/** Non-overlapping spans in text order: at each place the longest, an overlapping later one dropped. */
function firstLongest(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of spans) if (span.start >= (kept.at(-1)?.end ?? 0)) kept.push(span);
  return kept;
}

/** "Jan Vries" (two parts matched apart) becomes one `5.1.2e`, as one person. */
function mergeNeighbouringNames(text: string, spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    const onlySpaceBetween = last && /^\s+$/.test(text.slice(last.end, span.start));
    if (last?.type === 'name' && span.type === 'name' && onlySpaceBetween)
      merged[merged.length - 1] = { ...last, end: span.end, replacement: WOO_MARK };
    else merged.push(span);
  }
  return merged;
}

function replaceSpans(text: string, spans: readonly Span[]): RedactedText {
  let result = '';
  let from = 0;
  for (const span of spans) {
    result += text.slice(from, span.start) + span.replacement;
    from = span.end;
  }
  return { text: result + text.slice(from), types: [...new Set(spans.map((span) => span.type))] };
}
