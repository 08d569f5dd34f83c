import { describe, expect, it } from 'vitest';
import { messages } from './messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** The renderer's own code, as text: where every message key must be used. */
const code = Object.values(
  import.meta.glob<string>(
    [
      '../**/*.{ts,tsx}',
      '!../**/*.test.{ts,tsx}',
      '!../i18n/*-messages.ts',
      '!../i18n/messages.ts',
      '!../test/**',
      '!../node_modules/**',
    ],
    { query: '?raw', import: 'default', eager: true },
  ),
).join('\n');

/** Prefixes of keys made at run time, such as t(`kind.${event.kind}`): each covers its family. */
const composedPrefixes = [...code.matchAll(/`([\w.-]+\.)\$\{/g)].map((match) => match[1] ?? '');

const isUsed = (key: string) =>
  code.includes(`'${key}'`) || composedPrefixes.some((prefix) => key.startsWith(prefix));

describe('messages', () => {
  it('has every key in Dutch and English, none empty, with the same placeholders', () => {
    const dutch = Object.keys(messages.nl).sort();
    expect(Object.keys(messages.en).sort()).toEqual(dutch);
    for (const key of dutch as (keyof typeof messages.nl)[]) {
      expect(messages.nl[key].trim(), key).not.toBe('');
      expect(messages.en[key].trim(), key).not.toBe('');
      expect(placeholders(messages.en[key]), key).toEqual(placeholders(messages.nl[key]));
    }
  });

  it('has no key that no code uses', () => {
    expect(code.length, 'the renderer code was read').toBeGreaterThan(10_000);
    expect(composedPrefixes).toContain('kind.');
    expect(Object.keys(messages.nl).filter((key) => !isUsed(key))).toEqual([]);
  });
});
