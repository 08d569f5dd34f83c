/** One list of a domain's detail: what is shown, and how many there were in all. */
export interface Section<T> {
  readonly items: T[];
  readonly total: number;
}

export { clip } from '../../shared/desk/clip.ts';

/** The first `max` of `all`, in the given order, and how many there were. */
export function sectionOf<T, U>(
  all: readonly T[],
  max: number,
  toItem: (value: T) => U,
): Section<U> {
  return { items: all.slice(0, max).map(toItem), total: all.length };
}
