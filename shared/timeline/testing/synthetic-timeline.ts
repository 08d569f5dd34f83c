import { domainIds, domains, type DomainId } from '../../playbook/domains.ts';
import type { DomainStatus } from '../../snapshot/snapshot-schema.ts';
import type { EventDraft } from '../event.ts';
import {
  domainStatusDraft,
  informedDraft,
  markFollowUpDraft,
  markRaisedDraft,
  noteDraft,
  ticketOpenEvidence,
  ticketRef,
} from './event-drafts.ts';

/** The coordinators of the synthetic war room, for a test that redacts them. */
export const SYNTHETIC_PEOPLE = ['Jan de Vries', 'Fatima el Amrani', 'Pieter van den Berg'];

/**
 * A long incident for benchmarks: `count` drafts, about 20 a minute, in the mix a launch day
 * writes — statuses going red and back, marks with ticket evidence raised, acknowledged and
 * cleared, parties informed, notes and decisions naming people and their numbers. Seeded, so
 * every run sees the same timeline; seqs start at `firstSeq` (an empty store: 1).
 */
export function syntheticTimeline(count: number, seed = 1, firstSeq = 1): EventDraft[] {
  const world = new World(seed, firstSeq);
  const drafts: EventDraft[] = [];
  while (drafts.length < count) drafts.push(world.next());
  return drafts;
}

class World {
  readonly #random: () => number;
  readonly #status = new Map<DomainId, DomainStatus>(domainIds.map((id) => [id, 'ok']));
  readonly #open: { seq: number; domain: DomainId }[] = [];
  #seq: number;
  #time = Date.parse('2026-11-29T06:00:00.000Z');

  constructor(seed: number, firstSeq: number) {
    this.#random = mulberry32(seed);
    this.#seq = firstSeq;
  }

  next(): EventDraft {
    this.#time += Math.floor(this.#random() * 6000);
    const draft = this.#draft(new Date(this.#time).toISOString(), this.#pick(domainIds));
    this.#seq++;
    return draft;
  }

  #draft(at: string, domain: DomainId): EventDraft {
    const roll = this.#random();
    if (roll < 0.12) return this.#statusChange(at, domain);
    if (roll < 0.3 || this.#open.length === 0) return this.#raise(at, domain);
    if (roll < 0.45) return this.#followUp('mark-acknowledged', at);
    if (roll < 0.6) return this.#followUp('mark-cleared', at);
    const person = this.#pick(SYNTHETIC_PEOPLE);
    if (roll < 0.72)
      return informedDraft(at, domain, person, `${title(domain)}: CISO geïnformeerd`);
    const text = `Gebeld met ${this.#pick(SYNTHETIC_PEOPLE)} (06-${this.#digits(8)}), ticket I 2026 ${this.#digits(4)}`;
    return noteDraft(at, domain, person, text, roll < 0.9 ? 'note' : 'decision');
  }

  #statusChange(at: string, domain: DomainId): EventDraft {
    const from = this.#status.get(domain) ?? 'ok';
    const to = from === 'critical' ? 'ok' : this.#random() < 0.5 ? 'critical' : 'warning';
    this.#status.set(domain, to);
    return domainStatusDraft(at, domain, from, to);
  }

  #raise(at: string, domain: DomainId): EventDraft {
    this.#open.push({ seq: this.#seq, domain });
    const ticket = ticketRef({
      id: `t-${this.#seq}`,
      number: `I 2026 ${this.#digits(4)}`,
      briefDescription: `Beller ${this.#pick(SYNTHETIC_PEOPLE)} kan niet inloggen, bel ${'088 ' + this.#digits(3) + ' ' + this.#digits(4)}`,
      callDate: at,
    });
    const summary = `${title(domain)}: open melding ${ticket.number} – “${ticket.briefDescription}”`;
    return markRaisedDraft(at, domain, ticketOpenEvidence(ticket), { summary });
  }

  #followUp(kind: 'mark-acknowledged' | 'mark-cleared', at: string): EventDraft {
    const index = Math.floor(this.#random() * this.#open.length);
    const mark = this.#open[index]!;
    if (kind === 'mark-cleared') this.#open.splice(index, 1);
    const actor = kind === 'mark-acknowledged' ? this.#pick(SYNTHETIC_PEOPLE) : 'system';
    const raised = { seq: mark.seq, rule: 'ticket-open' as const };
    return markFollowUpDraft(kind, at, mark.domain, raised, { actor });
  }

  #pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.#random() * values.length)]!;
  }

  #digits(length: number): string {
    return Array.from({ length }, () => Math.floor(this.#random() * 10)).join('');
  }
}

function title(domain: DomainId): string {
  return domains.find((candidate) => candidate.id === domain)?.title.nl ?? domain;
}

/** mulberry32: a small seeded PRNG. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
