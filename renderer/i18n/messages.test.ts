import { describe, expect, it } from 'vitest';
import { messages } from './messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

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
});
