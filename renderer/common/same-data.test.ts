import { describe, expect, it } from 'vitest';
import { sameData } from './same-data.ts';

describe('sameData', () => {
  it('holds for equal data in new objects, nested in arrays and objects', () => {
    const make = () => ({
      id: 'helpdesk',
      marks: [{ seq: 3, note: null, tags: ['a', 'b'] }],
      n: 1.5,
    });
    expect(sameData(make(), make())).toBe(true);
    expect(sameData([], [])).toBe(true);
    expect(sameData(null, null)).toBe(true);
  });

  it('tells any difference apart: a value, a missing or extra field, an order, a type', () => {
    const base = { id: 'x', list: [1, 2], inner: { a: null } };
    expect(sameData(base, { ...base, id: 'y' })).toBe(false);
    expect(sameData(base, { ...base, list: [2, 1] })).toBe(false);
    expect(sameData(base, { ...base, list: [1, 2, 3] })).toBe(false);
    expect(sameData(base, { ...base, extra: 1 })).toBe(false);
    expect(sameData({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameData(base, { ...base, inner: { a: 0 } })).toBe(false);
    expect(sameData([1], { 0: 1 })).toBe(false);
    expect(sameData('1', 1)).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });
});
