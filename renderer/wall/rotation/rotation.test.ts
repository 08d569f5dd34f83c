import { describe, expect, it } from 'vitest';
import { domainIds } from '../../../shared/playbook/domains.ts';
import { initialRotationState, samePage, stepRotation, wallPages } from './rotation.ts';
import {
  acknowledgedMark,
  criticalMark,
  domainAt,
  domainsWith,
  MINUTE,
  OPENED,
  pageName,
  RotationDriver,
  SECOND,
  settingsOf,
  snoozedUntil,
} from './testing/rotation-inputs.ts';

const HOLD = 2 * MINUTE;
const EVERY = 30 * SECOND;
const HOUR = 60 * MINUTE;

/** A domain that turns critical at `at` (its `since`), with an unacknowledged critical mark. */
const criticalAt = (id: Parameters<typeof domainAt>[0], at: number) =>
  domainAt(id, 'critical', { since: at });

describe('stepRotation: without rotation', () => {
  it('shows the overview only, with nothing due', () => {
    const wall = new RotationDriver(settingsOf(null));
    const view = wall.at(OPENED, domainsWith());
    expect(view).toEqual({
      page: { kind: 'overview' },
      alarmDomain: null,
      alarmDomains: [],
      nextChangeAt: null,
    });
    expect(pageName(wall.at(OPENED + 60 * MINUTE, domainsWith()))).toBe('overview');
  });
});

describe('stepRotation: the round', () => {
  it('shows the overview, then each domain in playbook order, each for rotateEveryMs', () => {
    const wall = new RotationDriver(settingsOf(EVERY));
    const seen: string[] = [];
    let now = OPENED;
    for (let step = 0; step <= domainIds.length + 1; step += 1) {
      const view = wall.at(now, domainsWith());
      seen.push(pageName(view));
      expect(view.nextChangeAt).toBe(now + EVERY);
      now = view.nextChangeAt ?? now;
    }
    expect(seen).toEqual(['overview', ...domainIds, 'overview']);
  });

  it('stays on a page when a snapshot arrives before its time is up', () => {
    const wall = new RotationDriver(settingsOf(EVERY));
    wall.at(OPENED, domainsWith());
    const first = wall.at(OPENED + EVERY, domainsWith());
    expect(pageName(first)).toBe('helpdesk');
    const later = wall.at(OPENED + EVERY + 10 * SECOND, domainsWith());
    expect(pageName(later)).toBe('helpdesk');
    expect(later.nextChangeAt).toBe(OPENED + 2 * EVERY);
  });

  it('moves one page on after a late timer, timed from then: no race to catch up', () => {
    const wall = new RotationDriver(settingsOf(EVERY));
    wall.at(OPENED, domainsWith());
    const late = wall.at(OPENED + 10 * MINUTE, domainsWith());
    expect(pageName(late)).toBe('helpdesk');
    expect(late.nextChangeAt).toBe(OPENED + 10 * MINUTE + EVERY);
  });

  it('applies a shorter period at once, to the page already on screen', () => {
    const wall = new RotationDriver(settingsOf(60 * SECOND));
    wall.at(OPENED, domainsWith());
    wall.settings = settingsOf(10 * SECOND);
    expect(wall.at(OPENED + 5 * SECOND, domainsWith()).nextChangeAt).toBe(OPENED + 10 * SECOND);
  });

  it('stops when rotation is switched off, and starts at the overview when switched on', () => {
    const wall = new RotationDriver(settingsOf(EVERY));
    wall.at(OPENED, domainsWith());
    expect(pageName(wall.at(OPENED + EVERY, domainsWith()))).toBe('helpdesk');
    wall.settings = settingsOf(null);
    const off = wall.at(OPENED + EVERY + SECOND, domainsWith());
    expect([pageName(off), off.nextChangeAt]).toEqual(['overview', null]);
    wall.settings = settingsOf(EVERY);
    const on = wall.at(OPENED + 5 * MINUTE, domainsWith());
    expect([pageName(on), on.nextChangeAt]).toEqual(['overview', OPENED + 5 * MINUTE + EVERY]);
  });
});

describe('stepRotation: a domain that turns critical', () => {
  it('takes the screen on its detail page for alarmHoldMs, then the overview holds', () => {
    const wall = new RotationDriver(settingsOf(EVERY, HOLD));
    wall.at(OPENED, domainsWith());
    const at = OPENED + 10 * SECOND;
    const alarm = wall.at(at, domainsWith({ privacy: criticalAt('privacy', at) }));
    expect(alarm).toEqual({
      page: { kind: 'domain', domain: 'privacy' },
      alarmDomain: 'privacy',
      alarmDomains: ['privacy'],
      nextChangeAt: at + HOLD,
    });
    const held = wall.at(at + HOLD, domainsWith({ privacy: criticalAt('privacy', at) }));
    expect(held).toEqual({
      page: { kind: 'overview' },
      alarmDomain: 'privacy',
      alarmDomains: ['privacy'],
      nextChangeAt: null,
    });
    // However long: the overview holds while nobody has seen to the alarm.
    const hours = wall.at(
      at + 5 * 60 * MINUTE,
      domainsWith({ privacy: criticalAt('privacy', at) }),
    );
    expect(pageName(hours)).toBe('overview');
  });

  it('takes the screen with rotation off too', () => {
    const wall = new RotationDriver(settingsOf(null, HOLD));
    wall.at(OPENED, domainsWith());
    const at = OPENED + SECOND;
    expect(pageName(wall.at(at, domainsWith({ website: criticalAt('website', at) })))).toBe(
      'website',
    );
  });

  it('takes it from any other known status: warning, or ok then unknown', () => {
    for (const before of ['warning', 'unknown'] as const) {
      const wall = new RotationDriver(settingsOf(null, HOLD));
      wall.at(OPENED - MINUTE, domainsWith({ security: domainAt('security', 'ok') }));
      wall.at(OPENED, domainsWith({ security: domainAt('security', before) }));
      const at = OPENED + SECOND;
      const view = wall.at(at, domainsWith({ security: criticalAt('security', at) }));
      expect(pageName(view), before).toBe('security');
    }
  });

  it('lets the round resume from the overview once the alarm is acknowledged', () => {
    const wall = new RotationDriver(settingsOf(EVERY, HOLD));
    wall.at(OPENED, domainsWith());
    const at = OPENED + SECOND;
    wall.at(at, domainsWith({ privacy: criticalAt('privacy', at) }));
    wall.at(at + HOLD, domainsWith({ privacy: criticalAt('privacy', at) }));
    const seen = domainAt('privacy', 'critical', { since: at, marks: [acknowledgedMark] });
    const resumed = wall.at(at + HOLD + MINUTE, domainsWith({ privacy: seen }));
    expect(resumed).toEqual({
      page: { kind: 'overview' },
      alarmDomain: null,
      alarmDomains: [],
      nextChangeAt: at + HOLD + MINUTE + EVERY,
    });
    expect(pageName(wall.at(at + HOLD + MINUTE + EVERY, domainsWith({ privacy: seen })))).toBe(
      'helpdesk',
    );
  });

  it('lets the round resume when the alarm is snoozed or cleared', () => {
    const at = OPENED + SECOND;
    const after = at + HOLD + MINUTE;
    const quieted = {
      snoozed: domainAt('privacy', 'critical', { since: at, marks: [snoozedUntil(after + HOUR)] }),
      cleared: domainAt('privacy', 'ok', { since: after }),
      warning: domainAt('privacy', 'warning', { since: after, marks: [criticalMark] }),
    };
    for (const [how, privacy] of Object.entries(quieted)) {
      const wall = new RotationDriver(settingsOf(EVERY, HOLD));
      wall.at(OPENED, domainsWith());
      wall.at(at, domainsWith({ privacy: criticalAt('privacy', at) }));
      wall.at(at + HOLD, domainsWith({ privacy: criticalAt('privacy', at) }));
      const view = wall.at(after, domainsWith({ privacy }));
      expect([view.alarmDomains, view.nextChangeAt !== null], how).toEqual([[], true]);
    }
  });

  it('keeps its turn when acknowledged during it: the room still sees what happened', () => {
    const wall = new RotationDriver(settingsOf(EVERY, HOLD));
    wall.at(OPENED, domainsWith());
    const at = OPENED + SECOND;
    wall.at(at, domainsWith({ privacy: criticalAt('privacy', at) }));
    const seen = domainAt('privacy', 'critical', { since: at, marks: [acknowledgedMark] });
    const view = wall.at(at + 10 * SECOND, domainsWith({ privacy: seen }));
    expect([pageName(view), view.alarmDomain, view.alarmDomains]).toEqual([
      'privacy',
      'privacy',
      [],
    ]);
    // After the turn: nothing holds, so the round starts over.
    const after = wall.at(at + HOLD, domainsWith({ privacy: seen }));
    expect([pageName(after), after.nextChangeAt]).toEqual(['overview', at + HOLD + EVERY]);
  });

  it('ends its turn early when it goes back to warning or ok', () => {
    for (const status of ['warning', 'ok'] as const) {
      const wall = new RotationDriver(settingsOf(EVERY, HOLD));
      wall.at(OPENED, domainsWith());
      const at = OPENED + SECOND;
      wall.at(at, domainsWith({ privacy: criticalAt('privacy', at) }));
      const back = wall.at(at + 20 * SECOND, domainsWith({ privacy: domainAt('privacy', status) }));
      expect([pageName(back), back.alarmDomain], status).toEqual(['overview', null]);
    }
  });

  it('takes the screen again when it turns critical a second time', () => {
    const wall = new RotationDriver(settingsOf(null, HOLD));
    wall.at(OPENED, domainsWith());
    wall.at(OPENED + SECOND, domainsWith({ privacy: criticalAt('privacy', OPENED + SECOND) }));
    wall.at(OPENED + 10 * MINUTE, domainsWith());
    const again = OPENED + 11 * MINUTE;
    expect(pageName(wall.at(again, domainsWith({ privacy: criticalAt('privacy', again) })))).toBe(
      'privacy',
    );
  });

  it('does not take the screen with alarmHoldMs 0: the overview holds with it singled out', () => {
    const wall = new RotationDriver(settingsOf(EVERY, 0));
    wall.at(OPENED, domainsWith());
    const at = OPENED + SECOND;
    const view = wall.at(at, domainsWith({ privacy: criticalAt('privacy', at) }));
    expect(view).toEqual({
      page: { kind: 'overview' },
      alarmDomain: 'privacy',
      alarmDomains: ['privacy'],
      nextChangeAt: null,
    });
  });

  it('shortens a running turn when alarmHoldMs is lowered', () => {
    const wall = new RotationDriver(settingsOf(null, HOLD));
    wall.at(OPENED, domainsWith());
    const at = OPENED + SECOND;
    wall.at(at, domainsWith({ privacy: criticalAt('privacy', at) }));
    wall.settings = settingsOf(null, 30 * SECOND);
    const view = wall.at(at + 10 * SECOND, domainsWith({ privacy: criticalAt('privacy', at) }));
    expect(view.nextChangeAt).toBe(at + 30 * SECOND);
  });
});

describe('stepRotation: several alarms', () => {
  it('gives each its turn, in the order they turned critical, the newest not lost', () => {
    const wall = new RotationDriver(settingsOf(EVERY, HOLD));
    wall.at(OPENED, domainsWith());
    const t1 = OPENED + SECOND;
    const one = { website: criticalAt('website', t1) };
    expect(pageName(wall.at(t1, domainsWith(one)))).toBe('website');
    const t2 = t1 + 10 * SECOND;
    const two = {
      ...one,
      helpdesk: criticalAt('helpdesk', t2),
      security: criticalAt('security', t2),
    };
    expect(pageName(wall.at(t2, domainsWith(two)))).toBe('website');
    const t3 = t1 + 20 * SECOND;
    const three = { ...two, privacy: criticalAt('privacy', t3) };
    const turns = [pageName(wall.at(t3, domainsWith(three)))];
    let view = wall.view;
    while (view && view.page.kind === 'domain') {
      view = wall.at(view.nextChangeAt ?? 0, domainsWith(three));
      turns.push(pageName(view));
    }
    // Turned together: playbook order. Then the overview holds, the newest singled out.
    expect(turns).toEqual(['website', 'helpdesk', 'security', 'privacy', 'overview']);
    expect(view?.alarmDomain).toBe('privacy');
    expect(view?.alarmDomains).toEqual(['helpdesk', 'security', 'privacy', 'website']);
  });

  it('drops a waiting turn whose domain is no longer critical', () => {
    const wall = new RotationDriver(settingsOf(null, HOLD));
    wall.at(OPENED, domainsWith());
    const at = OPENED + SECOND;
    const both = { website: criticalAt('website', at), privacy: criticalAt('privacy', at) };
    expect(pageName(wall.at(at, domainsWith(both)))).toBe('privacy');
    const websiteOk = wall.at(at + SECOND, domainsWith({ privacy: both.privacy }));
    expect(pageName(websiteOk)).toBe('privacy');
    expect(pageName(wall.at(at + HOLD, domainsWith({ privacy: both.privacy })))).toBe('overview');
  });

  it('gives the next in line its turn when the current one clears early', () => {
    const wall = new RotationDriver(settingsOf(null, HOLD));
    wall.at(OPENED, domainsWith());
    const at = OPENED + SECOND;
    const both = { website: criticalAt('website', at), privacy: criticalAt('privacy', at) };
    wall.at(at, domainsWith(both));
    const next = wall.at(at + 5 * SECOND, domainsWith({ website: both.website }));
    expect([pageName(next), next.nextChangeAt]).toEqual(['website', at + 5 * SECOND + HOLD]);
  });

  it('holds the overview while any alarm is left, and singles out the newest', () => {
    const wall = new RotationDriver(settingsOf(EVERY, HOLD));
    const early = domainAt('security', 'critical', { since: OPENED - HOUR });
    const late = domainAt('alerting', 'critical', { since: OPENED - MINUTE });
    const view = wall.at(OPENED, domainsWith({ security: early, alerting: late }));
    expect([pageName(view), view.alarmDomain]).toEqual(['overview', 'alerting']);
    const seen = domainAt('alerting', 'critical', { since: OPENED, marks: [acknowledgedMark] });
    const one = wall.at(OPENED + HOUR, domainsWith({ security: early, alerting: seen }));
    expect([pageName(one), one.alarmDomain, one.nextChangeAt]).toEqual([
      'overview',
      'security',
      null,
    ]);
  });
});

describe('stepRotation: when the wall opens', () => {
  it('does not take the screen for a domain already critical: it singles it out and holds', () => {
    const wall = new RotationDriver(settingsOf(EVERY, HOLD));
    const view = wall.at(OPENED, domainsWith({ privacy: domainAt('privacy', 'critical') }));
    expect(view).toEqual({
      page: { kind: 'overview' },
      alarmDomain: 'privacy',
      alarmDomains: ['privacy'],
      nextChangeAt: null,
    });
    const later = wall.at(OPENED + HOUR, domainsWith({ privacy: domainAt('privacy', 'critical') }));
    expect(pageName(later)).toBe('overview');
  });

  it('does not take it after start-up’s unknown for a critical that predates the opening', () => {
    const wall = new RotationDriver(settingsOf(null, HOLD));
    wall.at(OPENED, domainsWith({ privacy: domainAt('privacy', 'unknown') }));
    const restored = domainAt('privacy', 'critical', { since: OPENED - 40 * MINUTE });
    const view = wall.at(OPENED + 5 * SECOND, domainsWith({ privacy: restored }));
    expect([pageName(view), view.alarmDomain]).toEqual(['overview', 'privacy']);
  });

  it('only singles out one that turns critical after start-up’s unknown: no replay of every alarm', () => {
    for (const since of [OPENED + 5 * SECOND, null]) {
      const wall = new RotationDriver(settingsOf(null, HOLD));
      wall.at(OPENED, domainsWith({ privacy: domainAt('privacy', 'unknown') }));
      const privacy = domainAt('privacy', 'critical', { since });
      const view = wall.at(OPENED + 5 * SECOND, domainsWith({ privacy }));
      expect([pageName(view), view.alarmDomain], String(since)).toEqual(['overview', 'privacy']);
    }
  });

  it('takes it for one seen ok after the start, whatever its since says', () => {
    for (const since of [OPENED + 5 * SECOND, null]) {
      const wall = new RotationDriver(settingsOf(null, HOLD));
      wall.at(OPENED, domainsWith({ privacy: domainAt('privacy', 'ok') }));
      const privacy = domainAt('privacy', 'critical', { since });
      expect(pageName(wall.at(OPENED + 5 * SECOND, domainsWith({ privacy }))), String(since)).toBe(
        'privacy',
      );
    }
  });

  it('rotates as usual past a critical domain whose marks are all seen to', () => {
    const wall = new RotationDriver(settingsOf(EVERY, HOLD));
    const seen = domainAt('privacy', 'critical', { marks: [acknowledgedMark] });
    const view = wall.at(OPENED, domainsWith({ privacy: seen }));
    expect([pageName(view), view.alarmDomain, view.nextChangeAt]).toEqual([
      'overview',
      null,
      OPENED + EVERY,
    ]);
  });
});

describe('stepRotation: snoozes', () => {
  it('looks again when a snooze ends, and holds for the alarm it brings back', () => {
    const wall = new RotationDriver(settingsOf(EVERY, HOLD));
    const until = OPENED + 10 * MINUTE;
    const snoozed = domainAt('privacy', 'critical', { marks: [snoozedUntil(until)] });
    const quiet = wall.at(OPENED, domainsWith({ privacy: snoozed }));
    expect([pageName(quiet), quiet.alarmDomains]).toEqual(['overview', []]);
    let view = quiet;
    while ((view.nextChangeAt ?? Infinity) < until) {
      view = wall.at(view.nextChangeAt ?? 0, domainsWith({ privacy: snoozed }));
    }
    expect(view.nextChangeAt).toBe(until);
    const back = wall.at(until, domainsWith({ privacy: snoozed }));
    expect([pageName(back), back.alarmDomain, back.nextChangeAt]).toEqual([
      'overview',
      'privacy',
      null,
    ]);
  });

  it('ignores snoozes on warnings and on domains that are not critical', () => {
    const now = OPENED;
    const warningMark = { ...snoozedUntil(now + MINUTE), severity: 'warning' as const };
    const wall = new RotationDriver(settingsOf(null));
    const view = wall.at(
      now,
      domainsWith({
        privacy: domainAt('privacy', 'critical', { marks: [acknowledgedMark, warningMark] }),
        website: domainAt('website', 'warning', { marks: [snoozedUntil(now + MINUTE)] }),
      }),
    );
    expect(view.nextChangeAt).toBeNull();
  });
});

describe('stepRotation: purity', () => {
  it('gives the same step for the same state and input', () => {
    const input = {
      now: OPENED,
      settings: settingsOf(EVERY),
      generatedAt: OPENED,
      domains: domainsWith({ privacy: domainAt('privacy', 'critical') }),
    };
    expect(stepRotation(initialRotationState, input)).toEqual(
      stepRotation(initialRotationState, input),
    );
  });

  it('lists the round and compares pages', () => {
    expect(wallPages(['helpdesk', 'privacy'])).toEqual([
      { kind: 'overview' },
      { kind: 'domain', domain: 'helpdesk' },
      { kind: 'domain', domain: 'privacy' },
    ]);
    const helpdesk = { kind: 'domain', domain: 'helpdesk' } as const;
    expect(samePage(helpdesk, { kind: 'domain', domain: 'helpdesk' })).toBe(true);
    expect(samePage(helpdesk, { kind: 'domain', domain: 'privacy' })).toBe(false);
    expect(samePage({ kind: 'overview' }, { kind: 'domain', domain: 'helpdesk' })).toBe(false);
  });
});
