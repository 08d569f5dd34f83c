import type { Language } from '../../../shared/playbook/text.ts';
import { formatCount } from '../../../shared/text/format.ts';

/** A poll's duration: "320 ms" below a second, then "1,2 s" (one decimal, the reader's locale). */
export function formatLatency(ms: number, language: Language): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${formatCount(Math.round(ms / 100) / 10, language)} s`;
}
