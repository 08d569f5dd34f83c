import type { WallSettings } from '../../../shared/ipc/contract.ts';
import type { DomainId } from '../../../shared/playbook/domains.ts';
import type { DomainStatus } from '../../../shared/snapshot/snapshot-schema.ts';
import { alarmDomainsAt, newestAlarm, nextSnoozeEnd, type RotationDomain } from './alarms.ts';

export type { RotationDomain, RotationMark } from './alarms.ts';

/** What the wall shows below its header: the seven tiles, or one domain in full. */
export type WallPage =
  { readonly kind: 'overview' } | { readonly kind: 'domain'; readonly domain: DomainId };

export const OVERVIEW: WallPage = { kind: 'overview' };

/** A page as one word, for keys, test ids and data attributes: `overview` or the domain id. */
export function pageKey(page: WallPage): string {
  return page.kind === 'overview' ? 'overview' : page.domain;
}

/** The rotation's round: the overview, then each domain in the order given (playbook order). */
export function wallPages(domains: readonly DomainId[]): WallPage[] {
  return [OVERVIEW, ...domains.map((domain) => ({ kind: 'domain' as const, domain }))];
}

/** One tick's input: the time, the settings and the snapshot. Nothing reads a clock itself. */
export interface RotationInput {
  readonly now: number;
  readonly settings: Pick<WallSettings, 'rotateEveryMs' | 'alarmHoldMs'>;
  /** When the snapshot was made (ms since the epoch); the first one marks the wall opening. */
  readonly generatedAt: number;
  /** In playbook order, as the snapshot lists them. */
  readonly domains: readonly RotationDomain[];
}

/** A page on screen since `from`; its length comes from the settings, so a change applies at once. */
interface Shown {
  readonly from: number;
}

export interface RotationState {
  /** The first snapshot's generatedAt; null until one arrived. */
  readonly openedAt: number | null;
  /** Each domain's status in the previous input: a change to critical is what takes the screen. */
  readonly statuses: Readonly<Partial<Record<DomainId, DomainStatus>>>;
  /** The alarm whose detail page holds the screen now. */
  readonly turn: (Shown & { readonly domain: DomainId }) | null;
  /** Domains that turned critical while another had its turn, in the order they did. */
  readonly queue: readonly DomainId[];
  /** Where the round is: an index into wallPages; null while alarms hold it or it is off. */
  readonly rotation: (Shown & { readonly index: number }) | null;
}

export const initialRotationState: RotationState = {
  openedAt: null,
  statuses: {},
  turn: null,
  queue: [],
  rotation: null,
};

export interface RotationView {
  readonly page: WallPage;
  /** The alarm to single out: the one on screen, else the newest that holds the overview. */
  readonly alarmDomain: DomainId | null;
  /** Every domain that holds the overview (critical, a mark nobody saw to), playbook order. */
  readonly alarmDomains: readonly DomainId[];
  /** When the view may change without a new snapshot (ms); null: only a snapshot changes it. */
  readonly nextChangeAt: number | null;
}

export interface RotationStep {
  readonly state: RotationState;
  readonly view: RotationView;
}

/**
 * One tick of the wall's rotation. A domain that turns critical takes the screen on its detail
 * page for `alarmHoldMs` (several wait their turn, in the order they came); then the overview
 * holds while any domain is critical with a mark nobody acknowledged or snoozed; only then,
 * with `rotateEveryMs` set, the round goes on: overview, then each domain, each for that long.
 */
export function stepRotation(state: RotationState, input: RotationInput): RotationStep {
  const openedAt = state.openedAt ?? input.generatedAt;
  const { turn, queue } = turnsAt(state, input, turnedCritical(state, input.domains, openedAt));
  const alarmDomains = alarmDomainsAt(input.domains, input.now);
  const rotation = turn || alarmDomains.length > 0 ? null : roundAt(state.rotation, input);
  const next: RotationState = {
    openedAt,
    statuses: { ...state.statuses, ...knownStatuses(input.domains) },
    turn,
    queue,
    rotation,
  };
  return { state: next, view: viewOf(next, input, alarmDomains) };
}

/** Whose turn it is: the current one until its time is up or it is no longer critical. */
function turnsAt(
  state: RotationState,
  { now, settings, domains }: RotationInput,
  turned: readonly DomainId[],
): Pick<RotationState, 'turn' | 'queue'> {
  const critical = new Set(domains.filter((d) => d.status === 'critical').map((d) => d.id));
  const current = state.turn;
  const ended = !current || !critical.has(current.domain);
  const turn = ended || now >= current.from + settings.alarmHoldMs ? null : current;
  const waiting = [...state.queue, ...turned.filter((id) => id !== turn?.domain)];
  const queue = waiting.filter((id, index) => critical.has(id) && waiting.indexOf(id) === index);
  // A hold of 0 means no takeover: the alarm is only singled out on the overview.
  if (settings.alarmHoldMs <= 0) return { turn: null, queue: [] };
  const [first, ...rest] = queue;
  if (turn || first === undefined) return { turn, queue };
  return { turn: { domain: first, from: now }, queue: rest };
}

/**
 * Each domain's status where it is known: `unknown` says only that a source has not answered
 * (yet), so it does not count as the status a domain turned critical from.
 */
function knownStatuses(domains: readonly RotationDomain[]): RotationState['statuses'] {
  return Object.fromEntries(
    domains.filter((domain) => domain.status !== 'unknown').map((d) => [d.id, d.status]),
  );
}

/**
 * Domains critical now that were known to be something else before. Not at the first
 * snapshot, not a domain the wall has never seen in a known status (the start-up's unknown
 * before the sources answered: a wall or collector starting on a bad day must not play every
 * alarm in turn for minutes), nor one whose `since` predates the wall opening (a restart shows
 * the timeline's time): such alarms are singled out on the overview instead.
 */
function turnedCritical(
  state: RotationState,
  domains: readonly RotationDomain[],
  openedAt: number,
): DomainId[] {
  return domains
    .filter((domain) => {
      const before = state.statuses[domain.id];
      if (domain.status !== 'critical' || before === undefined || before === 'critical')
        return false;
      return domain.since === null || Date.parse(domain.since) >= openedAt;
    })
    .map((domain) => domain.id);
}

/** The round's page now: it starts at the overview and moves on when its time is up. */
function roundAt(
  current: RotationState['rotation'],
  { now, settings, domains }: RotationInput,
): RotationState['rotation'] {
  const every = settings.rotateEveryMs;
  if (every === null) return null;
  if (!current) return { index: 0, from: now };
  if (now < current.from + every) return current;
  // From now, not from the due time: a late timer (a sleeping machine) must not race the round.
  return { index: (current.index + 1) % (domains.length + 1), from: now };
}

function viewOf(
  state: RotationState,
  input: RotationInput,
  alarmDomains: readonly DomainId[],
): RotationView {
  const { turn, rotation } = state;
  const { settings, domains, now } = input;
  const page = turn
    ? { kind: 'domain' as const, domain: turn.domain }
    : rotation
      ? (wallPages(domains.map((d) => d.id))[rotation.index] ?? OVERVIEW)
      : OVERVIEW;
  const due = turn
    ? turn.from + settings.alarmHoldMs
    : rotation && settings.rotateEveryMs !== null
      ? rotation.from + settings.rotateEveryMs
      : null;
  return {
    page,
    alarmDomain: turn?.domain ?? newestAlarm(domains, alarmDomains),
    alarmDomains,
    nextChangeAt: earliest(due, nextSnoozeEnd(domains, now)),
  };
}

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

export function samePage(a: WallPage, b: WallPage): boolean {
  return pageKey(a) === pageKey(b);
}
