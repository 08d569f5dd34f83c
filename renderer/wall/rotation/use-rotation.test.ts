import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DomainId } from '../../../shared/playbook/domains.ts';
import type { RotationDomain } from './alarms.ts';
import {
  acknowledgedMark,
  domainAt,
  domainsWith,
  MINUTE,
  OPENED,
  SECOND,
  settingsOf,
} from './testing/rotation-inputs.ts';
import { useRotation, type RotationSnapshot } from './use-rotation.ts';

const EVERY = 30 * SECOND;
const HOLD = 2 * MINUTE;

beforeEach(() => {
  vi.useFakeTimers({ now: OPENED });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** A snapshot made now (the fake clock's now), with these domains. */
const snapshotNow = (domains: readonly RotationDomain[]): RotationSnapshot => ({
  generatedAt: new Date(Date.now()).toISOString(),
  domains,
});

function renderRotation(snapshot: RotationSnapshot, settings = settingsOf(EVERY, HOLD)) {
  return renderHook((props) => useRotation(props.snapshot, props.settings), {
    initialProps: { snapshot, settings },
  });
}

const pageOf = (result: { current: ReturnType<typeof useRotation> }) =>
  result.current.page.kind === 'overview' ? 'overview' : result.current.page.domain;

describe('useRotation', () => {
  it('moves through the round on its own timer', () => {
    const { result } = renderRotation(snapshotNow(domainsWith()));
    expect(pageOf(result)).toBe('overview');
    act(() => vi.advanceTimersByTime(EVERY - 1));
    expect(pageOf(result)).toBe('overview');
    act(() => vi.advanceTimersByTime(1));
    expect(pageOf(result)).toBe('helpdesk');
    act(() => vi.advanceTimersByTime(EVERY));
    expect(pageOf(result)).toBe('ggd-portal');
  });

  it('keeps one timer at a time, however many snapshots arrive', () => {
    const { rerender } = renderRotation(snapshotNow(domainsWith()));
    for (let n = 0; n < 5; n += 1) {
      act(() => vi.advanceTimersByTime(SECOND));
      rerender({ snapshot: snapshotNow(domainsWith()), settings: settingsOf(EVERY, HOLD) });
    }
    expect(vi.getTimerCount()).toBe(1);
  });

  it('gives a domain that turns critical the screen, then holds the overview for it', () => {
    const { result, rerender } = renderRotation(snapshotNow(domainsWith()));
    act(() => vi.advanceTimersByTime(EVERY + SECOND));
    const at = Date.now();
    const privacy = domainAt('privacy', 'critical', { since: at });
    rerender({
      snapshot: snapshotNow(domainsWith({ privacy })),
      settings: settingsOf(EVERY, HOLD),
    });
    expect(result.current).toEqual({
      page: { kind: 'domain', domain: 'privacy' },
      alarmDomain: 'privacy',
      alarmDomains: ['privacy'],
    });
    act(() => vi.advanceTimersByTime(HOLD));
    expect(pageOf(result)).toBe('overview');
    // No timer while the alarm holds: nothing is due until a snapshot says otherwise.
    expect(vi.getTimerCount()).toBe(0);
    act(() => vi.advanceTimersByTime(60 * MINUTE));
    expect([pageOf(result), result.current.alarmDomain]).toEqual(['overview', 'privacy']);

    const seen = domainAt('privacy', 'critical', { since: at, marks: [acknowledgedMark] });
    rerender({
      snapshot: snapshotNow(domainsWith({ privacy: seen })),
      settings: settingsOf(EVERY, HOLD),
    });
    expect(result.current.alarmDomain).toBeNull();
    act(() => vi.advanceTimersByTime(EVERY));
    expect(pageOf(result)).toBe('helpdesk');
  });

  it('singles out an alarm already there when the wall opens, from the first render', () => {
    const privacy = domainAt('privacy', 'critical', { since: OPENED - MINUTE });
    const { result } = renderRotation(snapshotNow(domainsWith({ privacy })));
    expect(result.current).toEqual({
      page: { kind: 'overview' },
      alarmDomain: 'privacy',
      alarmDomains: ['privacy'],
    });
  });

  it('follows a change of settings', () => {
    const snapshot = snapshotNow(domainsWith());
    const { result, rerender } = renderRotation(snapshot, settingsOf(null));
    act(() => vi.advanceTimersByTime(10 * MINUTE));
    expect(pageOf(result)).toBe('overview');
    rerender({ snapshot, settings: settingsOf(EVERY) });
    act(() => vi.advanceTimersByTime(EVERY));
    expect(pageOf(result)).toBe('helpdesk');
  });

  it('keeps the same result object while nothing on screen changes', () => {
    const { result, rerender } = renderRotation(snapshotNow(domainsWith()));
    const first = result.current;
    rerender({ snapshot: snapshotNow(domainsWith()), settings: settingsOf(EVERY, HOLD) });
    expect(result.current).toBe(first);
  });

  it('clears its timer on unmount', () => {
    const { unmount } = renderRotation(snapshotNow(domainsWith()));
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives several alarms their turns one after the other', () => {
    const { result, rerender } = renderRotation(snapshotNow(domainsWith()), settingsOf(null, HOLD));
    act(() => vi.advanceTimersByTime(SECOND));
    const at = Date.now();
    const critical = (id: DomainId) => domainAt(id, 'critical', { since: at });
    const domains = domainsWith({ website: critical('website'), security: critical('security') });
    rerender({ snapshot: snapshotNow(domains), settings: settingsOf(null, HOLD) });
    const turns = [pageOf(result)];
    act(() => vi.advanceTimersByTime(HOLD));
    turns.push(pageOf(result));
    act(() => vi.advanceTimersByTime(HOLD));
    turns.push(pageOf(result));
    expect(turns).toEqual(['security', 'website', 'overview']);
  });
});
