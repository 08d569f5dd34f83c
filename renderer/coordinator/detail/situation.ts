import type { Snapshot } from '../../../shared/snapshot/snapshot-schema.ts';

/**
 * What the detail and its charts follow besides the clock: every domain's status and its
 * marks' seqs (as the wall's charts do). A change asks main again at once: a list must not
 * say "up" next to a mark that says "down".
 */
export function situationOf(snapshot: Snapshot): string {
  return snapshot.domains
    .map(
      (domain) => `${domain.id}=${domain.status}:${domain.marks.map((mark) => mark.seq).join(',')}`,
    )
    .join(' ');
}
