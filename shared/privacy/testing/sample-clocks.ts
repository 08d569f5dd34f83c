import type { PrivacyClock } from '../clock-schema.ts';

/**
 * A privacy clock for tests: started at `awareness` (the ticket's call date) by Anna as event
 * #1, running unless a decision is given.
 */
export function sampleClock(awareness: string, changes: Partial<PrivacyClock> = {}): PrivacyClock {
  return {
    id: 'ticket:t-1',
    incident: { kind: 'ticket', ticketId: 't-1', number: 'I 2611 042' },
    title: 'Persoonsgegevens zichtbaar voor anderen',
    started: { at: awareness, by: 'Anna', seq: 1 },
    awareness: {
      at: awareness,
      source: 'call-date',
      reason: null,
      by: 'Anna',
      seq: 1,
      recordedAt: awareness,
      changes: 0,
    },
    decision: null,
    ...changes,
  };
}

/** A decision recorded at `at` as event `seq`. */
export function sampleDecision(
  at: string,
  notify = true,
  seq = 2,
): NonNullable<PrivacyClock['decision']> {
  return { notify, reason: 'Gegevens van 40 burgers', at, by: 'Bram', seq, corrections: 0 };
}
