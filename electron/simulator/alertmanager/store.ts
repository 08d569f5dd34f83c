import { randomUUID } from 'node:crypto';
import type { Clock } from '../../time/clock.ts';
import { fingerprint, matchesAll, type Labels, type Matcher } from './labels.ts';

/**
 * The simulated Alertmanager's alerts and silences. An alert is keyed by its label set's
 * fingerprint; it is suppressed while an active silence matches it (silencedBy) or another
 * firing alert inhibits it (inhibitedBy). Unlike the real one, an alert posted without
 * endsAt never times out (the demo resolves it explicitly), and no alert is ever
 * `unprocessed`.
 */

export interface PostableAlert {
  readonly labels: Labels;
  readonly annotations?: Labels;
  readonly startsAt?: string | Date;
  readonly endsAt?: string | Date;
  readonly generatorURL?: string;
}

export interface SilenceInput {
  readonly matchers: readonly Matcher[];
  readonly startsAt?: string | Date;
  readonly endsAt?: string | Date;
  readonly createdBy?: string;
  readonly comment?: string;
}

export interface AlertQuery {
  readonly active: boolean;
  readonly silenced: boolean;
  readonly inhibited: boolean;
  readonly filters: readonly Matcher[];
}

interface StoredAlert {
  readonly labels: Labels;
  readonly annotations: Labels;
  readonly startsAt: number;
  readonly endsAt: number | null;
  readonly updatedAt: number;
  readonly generatorURL: string;
}

interface StoredSilence extends Required<SilenceInput> {
  readonly id: string;
}

/** What Alertmanager shows as endsAt of an alert without one: now + resolve_timeout (5m). */
const RESOLVE_TIMEOUT_MS = 5 * 60_000;
const RECEIVER = 'war-room';

export class AlertStore {
  readonly #clock: Clock;
  readonly #alerts = new Map<string, StoredAlert>();
  readonly #silences = new Map<string, StoredSilence>();
  /** Inhibited fingerprint → the fingerprints inhibiting it. */
  readonly #inhibitions = new Map<string, Set<string>>();

  /** `clock`'s wall time stamps alerts and silences and decides which have ended. */
  constructor(clock: Clock) {
    this.#clock = clock;
  }

  /** Fires (or refreshes) an alert; one whose endsAt has passed is resolved instead. */
  upsert(alert: PostableAlert): string {
    const key = fingerprint(alert.labels);
    const now = this.#clock.now();
    const endsAt = alert.endsAt === undefined ? null : toMs(alert.endsAt);
    if (endsAt !== null && endsAt <= now) {
      this.resolve(key);
      return key;
    }
    const previous = this.#alerts.get(key);
    this.#alerts.set(key, {
      labels: { ...alert.labels },
      annotations: { ...alert.annotations },
      startsAt: alert.startsAt === undefined ? (previous?.startsAt ?? now) : toMs(alert.startsAt),
      endsAt,
      updatedAt: now,
      generatorURL: alert.generatorURL ?? '',
    });
    return key;
  }

  resolve(key: string): boolean {
    this.#inhibitions.delete(key);
    return this.#alerts.delete(key);
  }

  /** Resolves every alert whose labels include all of `labels`; returns how many. */
  resolveWhere(labels: Labels): number {
    const matchers = Object.entries(labels).map(([name, value]) => equal(name, value));
    const keys = [...this.#alerts].filter(([, alert]) => matchesAll(matchers, alert.labels));
    return keys.filter(([key]) => this.resolve(key)).length;
  }

  addSilence(input: SilenceInput): string {
    const id = randomUUID();
    const now = this.#clock.now();
    this.#silences.set(id, {
      id,
      matchers: input.matchers,
      startsAt: input.startsAt ?? new Date(now),
      endsAt: input.endsAt ?? new Date(now + 3_600_000),
      createdBy: input.createdBy ?? 'dijkwacht-simulator',
      comment: input.comment ?? '',
    });
    return id;
  }

  expireSilence(id: string): boolean {
    const silence = this.#silences.get(id);
    if (!silence) return false;
    this.#silences.set(id, { ...silence, endsAt: new Date(this.#clock.now()) });
    return true;
  }

  inhibit(target: string, source: string): void {
    const sources = this.#inhibitions.get(target) ?? new Set<string>();
    this.#inhibitions.set(target, sources.add(source));
  }

  /** GET /api/v2/alerts: gettableAlerts, resolved ones left out, sorted by fingerprint. */
  list(query: AlertQuery): unknown[] {
    const now = this.#clock.now();
    return [...this.#alerts]
      .filter(([, alert]) => alert.endsAt === null || alert.endsAt > now)
      .filter(([, alert]) => matchesAll(query.filters, alert.labels))
      .map(([key, alert]) => ({ key, alert, ...this.#statusOf(key, alert.labels, now) }))
      .filter((entry) => wanted(query, entry))
      .sort((a, b) => (a.key < b.key ? -1 : 1))
      .map((entry) => gettable(entry, now));
  }

  /** GET /api/v2/silences. */
  silences(): unknown[] {
    const now = this.#clock.now();
    return [...this.#silences.values()].map((silence) => ({
      id: silence.id,
      status: { state: silenceState(silence, now) },
      updatedAt: new Date(now).toISOString(),
      matchers: silence.matchers,
      startsAt: new Date(toMs(silence.startsAt)).toISOString(),
      endsAt: new Date(toMs(silence.endsAt)).toISOString(),
      createdBy: silence.createdBy,
      comment: silence.comment,
    }));
  }

  #statusOf(key: string, labels: Labels, now: number) {
    const silencedBy = [...this.#silences.values()]
      .filter((silence) => silenceState(silence, now) === 'active')
      .filter((silence) => matchesAll(silence.matchers, labels))
      .map((silence) => silence.id);
    const inhibitedBy = [...(this.#inhibitions.get(key) ?? [])].filter((source) =>
      this.#alerts.has(source),
    );
    return { silencedBy, inhibitedBy };
  }
}

interface Entry {
  readonly key: string;
  readonly alert: StoredAlert;
  readonly silencedBy: readonly string[];
  readonly inhibitedBy: readonly string[];
}

function wanted(query: AlertQuery, entry: Entry): boolean {
  const suppressed = entry.silencedBy.length > 0 || entry.inhibitedBy.length > 0;
  if (!query.active && !suppressed) return false;
  if (!query.silenced && entry.silencedBy.length > 0) return false;
  return query.inhibited || entry.inhibitedBy.length === 0;
}

function gettable({ key, alert, silencedBy, inhibitedBy }: Entry, now: number): unknown {
  const suppressed = silencedBy.length > 0 || inhibitedBy.length > 0;
  return {
    annotations: alert.annotations,
    endsAt: new Date(alert.endsAt ?? now + RESOLVE_TIMEOUT_MS).toISOString(),
    fingerprint: key,
    receivers: [{ name: RECEIVER }],
    startsAt: new Date(alert.startsAt).toISOString(),
    status: { inhibitedBy, silencedBy, state: suppressed ? 'suppressed' : 'active' },
    updatedAt: new Date(alert.updatedAt).toISOString(),
    // Alertmanager leaves generatorURL out when the sender gave none.
    ...(alert.generatorURL ? { generatorURL: alert.generatorURL } : {}),
    labels: alert.labels,
  };
}

function silenceState(silence: StoredSilence, now: number): 'expired' | 'active' | 'pending' {
  if (toMs(silence.endsAt) <= now) return 'expired';
  return toMs(silence.startsAt) > now ? 'pending' : 'active';
}

export function equal(name: string, value: string): Matcher {
  return { name, value, isRegex: false, isEqual: true };
}

function toMs(time: string | Date): number {
  const ms = time instanceof Date ? time.getTime() : Date.parse(time);
  if (Number.isNaN(ms)) throw new Error(`not a time: ${String(time)}`);
  return ms;
}
