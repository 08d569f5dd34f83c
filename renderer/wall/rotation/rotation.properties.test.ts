import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainIds, type DomainId } from '../../../shared/playbook/domains.ts';
import type { DomainStatus } from '../../../shared/snapshot/snapshot-schema.ts';
import type { RotationDomain, RotationMark } from './alarms.ts';
import { samePage, type RotationView, type WallPage } from './rotation.ts';
import {
  acknowledgedMark,
  criticalMark,
  MINUTE,
  OPENED,
  RotationDriver,
  SECOND,
  snoozedUntil,
} from './testing/rotation-inputs.ts';

/**
 * Random walls: snapshots at random moments between the timer's due times, and the timer
 * firing exactly when the view said. Whatever happens, an alarm is never rotated away and no
 * page stays past its period unless something holds it.
 */

type MarkKind = 'open' | 'acknowledged' | 'snoozed' | 'warning';
interface DomainDraw {
  readonly status: DomainStatus;
  readonly marks: readonly MarkKind[];
  /** Without a since: a one-shot snapshot, where nobody watched the status change. */
  readonly noSince: boolean;
}
type Event =
  | { readonly kind: 'timer' }
  | { readonly kind: 'snapshot'; readonly at: number; readonly domains: readonly DomainDraw[] };

const domainDraw = fc.record({
  status: fc.constantFrom<DomainStatus>('ok', 'warning', 'unknown', 'critical', 'critical'),
  marks: fc.array(fc.constantFrom<MarkKind>('open', 'acknowledged', 'snoozed', 'warning'), {
    minLength: 1,
    maxLength: 2,
  }),
  noSince: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
});
const event: fc.Arbitrary<Event> = fc.oneof(
  fc.constant({ kind: 'timer' as const }),
  fc.record({
    kind: fc.constant('snapshot' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    domains: fc.array(domainDraw, { minLength: domainIds.length, maxLength: domainIds.length }),
  }),
);
const settings = fc.record({
  rotateEveryMs: fc.option(fc.integer({ min: 5 * SECOND, max: 5 * MINUTE })),
  alarmHoldMs: fc.integer({ min: 0, max: 5 * MINUTE }),
});

function markOf(kind: MarkKind, now: number): RotationMark {
  switch (kind) {
    case 'open':
      return criticalMark;
    case 'acknowledged':
      return acknowledgedMark;
    case 'snoozed':
      return snoozedUntil(now + 3 * MINUTE);
    case 'warning':
      return { ...criticalMark, severity: 'warning' };
  }
}

/** A wall fed random snapshots; it keeps `since` as main does: the moment the status changed. */
class RandomWall extends RotationDriver {
  now = OPENED;
  domains: RotationDomain[] = [];
  /** When each domain turned critical while the wall watched, until its turn came. */
  readonly owed = new Set<DomainId>();
  /** Each domain's last status other than unknown: what it turns critical from. */
  readonly known = new Map<DomainId, RotationDomain['status']>();

  snapshot(draws: readonly DomainDraw[], now: number): RotationView {
    const first = this.domains.length === 0;
    this.domains = domainIds.map((id, index) => {
      const draw = draws[index] as DomainDraw;
      const before = this.domains[index];
      const changed = before?.status !== draw.status;
      const since = draw.noSince ? null : changed ? new Date(now).toISOString() : before.since;
      const marks = draw.status === 'critical' ? draw.marks.map((kind) => markOf(kind, now)) : [];
      const from = this.known.get(id);
      const fromKnown = from !== undefined && from !== 'critical';
      if (!first && changed && draw.status === 'critical' && fromKnown) {
        if (this.settings.alarmHoldMs > 0) this.owed.add(id);
      }
      if (draw.status !== 'unknown') this.known.set(id, draw.status);
      return { id, status: draw.status, since, marks };
    });
    return this.tick(now);
  }

  tick(now: number): RotationView {
    this.now = now;
    const view = this.at(now, this.domains);
    for (const domain of this.domains)
      if (domain.status !== 'critical') this.owed.delete(domain.id);
    if (this.state.turn) this.owed.delete(this.state.turn.domain);
    return view;
  }

  /** The timer, exactly when due; or the next snapshot, somewhere before that. */
  play(next: Event): RotationView {
    const due = this.view?.nextChangeAt ?? null;
    if (next.kind === 'timer') return this.tick(due ?? this.now + MINUTE);
    const room = (due ?? this.now + 10 * MINUTE) - this.now;
    return this.snapshot(next.domains, this.now + Math.floor(room * next.at));
  }
}

/** Why the page is on screen: an alarm's turn, the round, or nothing moving it. */
function reasonOf(wall: RandomWall): string {
  const { turn, rotation } = wall.state;
  return turn ? `turn ${turn.domain}` : rotation ? 'round' : 'held';
}

const quietStart = domainIds.map(() => ({ status: 'ok' as const, marks: [], noSince: false }));

describe('stepRotation: properties', () => {
  it('never shows another page while an alarm waits, except a new alarm’s own turn', () => {
    fc.assert(
      fc.property(
        settings,
        fc.array(domainDraw, { minLength: 7, maxLength: 7 }),
        fc.array(event, { maxLength: 60 }),
        (setting, start, events) => {
          const wall = new RandomWall(setting);
          let view = wall.snapshot(start, OPENED);
          for (const next of [null, ...events]) {
            if (next) view = wall.play(next);
            if (view.alarmDomains.length === 0) continue;
            const turn = wall.state.turn;
            if (turn) expect(view.page).toEqual({ kind: 'domain', domain: turn.domain });
            else expect(view.page).toEqual({ kind: 'overview' });
          }
        },
      ),
    );
  });

  it('never keeps a page past its period unless held, and is due in the future', () => {
    fc.assert(
      fc.property(settings, fc.array(event, { maxLength: 80 }), (setting, events) => {
        const wall = new RandomWall(setting);
        let view = wall.snapshot(quietStart, OPENED);
        let run = { page: view.page as WallPage, reason: reasonOf(wall), from: OPENED };
        for (const next of events) {
          view = wall.play(next);
          if (view.nextChangeAt !== null) expect(view.nextChangeAt).toBeGreaterThan(wall.now);
          // The page before was on screen until now: within its period, unless held.
          const period = run.reason === 'round' ? setting.rotateEveryMs : setting.alarmHoldMs;
          if (run.reason !== 'held') expect(wall.now - run.from).toBeLessThanOrEqual(period ?? 0);
          const reason = reasonOf(wall);
          if (!samePage(view.page, run.page) || reason !== run.reason) {
            run = { page: view.page, reason, from: wall.now };
          }
        }
      }),
    );
  });

  it('gives every domain that turned critical and stays so its turn', () => {
    fc.assert(
      fc.property(settings, fc.array(event, { maxLength: 60 }), (setting, events) => {
        const wall = new RandomWall(setting);
        wall.snapshot(quietStart, OPENED);
        for (const next of events) wall.play(next);
        // Then nothing changes: only the timer runs, for as many turns as there are domains.
        for (let fired = 0; fired < 3 * domainIds.length && wall.owed.size > 0; fired += 1) {
          wall.play({ kind: 'timer' });
        }
        expect([...wall.owed]).toEqual([]);
      }),
    );
  });

  it('resumes the round once the last alarm is seen to', () => {
    fc.assert(
      fc.property(settings, fc.array(event, { maxLength: 40 }), (setting, events) => {
        const wall = new RandomWall(setting);
        wall.snapshot(quietStart, OPENED);
        for (const next of events) wall.play(next);
        const seen = domainIds.map(() => ({
          status: 'critical' as const,
          marks: ['acknowledged' as const],
          noSince: false,
        }));
        let view = wall.snapshot(seen, wall.now + SECOND);
        for (let fired = 0; fired < 3 * domainIds.length && wall.state.turn; fired += 1) {
          view = wall.play({ kind: 'timer' });
        }
        expect(view.alarmDomains).toEqual([]);
        // The round moves on again; without one, the overview stays.
        expect(view.nextChangeAt === null).toBe(setting.rotateEveryMs === null);
        if (setting.rotateEveryMs === null) expect(view.page).toEqual({ kind: 'overview' });
      }),
    );
  });
});
