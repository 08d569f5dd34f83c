import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NativeImage } from 'electron';
import { sampleMark } from '../../shared/marks/testing/sample-marks.ts';
import type { DomainStatus, Mark, Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import { FakeClock } from '../time/testing/fake-clock.ts';
import { circleBitmap, STATUS_COLOURS } from './status-icon.ts';
import { StatusTray, trayMenu, type TrayParts } from './status-tray.ts';

const AT = '2026-11-29T08:00:00.000Z';

function snapshot(status: DomainStatus, criticalMarks = 0, generatedAt = AT): Snapshot {
  const marks: Mark[] = Array.from({ length: criticalMarks }, () => ({
    ...sampleMark('check-down'),
    severity: 'critical' as const,
  }));
  return {
    generatedAt,
    demo: true,
    timeline: null,
    sources: [],
    domains: [
      {
        id: 'website',
        status,
        since: null,
        sources: [],
        dataAt: null,
        marks,
        roles: [],
        line: { roles: [], redacted: false },
      },
    ],
  };
}

function setUp() {
  const calls: string[] = [];
  const images: Buffer[] = [];
  const parts: TrayParts = {
    createTray: (image) => {
      calls.push(`tray ${String(image)}`);
      return {
        setImage: (next: NativeImage | string) => void calls.push(`image ${String(next)}`),
        setToolTip: (text: string) => void calls.push(`tooltip ${text}`),
        setContextMenu: () => void calls.push('menu'),
        destroy: () => void calls.push('destroy'),
      };
    },
    createImage: (bitmap, options) => {
      assert.deepEqual(options, { width: 32, height: 32, scaleFactor: 2 });
      images.push(bitmap);
      const status = (Object.keys(STATUS_COLOURS) as DomainStatus[]).find((key) =>
        circleBitmap(STATUS_COLOURS[key]).equals(bitmap),
      );
      return status as unknown as NativeImage;
    },
    buildMenu: (template) => template as never,
  };
  const tray = new StatusTray(parts, {
    openCoordinator: () => {},
    openWall: () => {},
    quit: () => {},
  });
  return { tray, calls, images };
}

describe('StatusTray', () => {
  it('starts grey, with its menu set (Linux shows no other)', () => {
    const { calls } = setUp();
    assert.deepEqual(calls, ['tray unknown', 'menu']);
  });

  it('colours the dot by the worst status and counts the critical marks', () => {
    const { tray, calls } = setUp();
    tray.show(snapshot('critical', 3), new Date(AT));
    assert.deepEqual(calls.slice(2), [
      'image critical',
      'tooltip Dijkwacht — 3 kritieke meldingen',
    ]);
  });

  it('changes nothing while status, count and age stay the same', () => {
    const { tray, calls } = setUp();
    tray.show(snapshot('warning'), new Date(AT));
    const before = calls.length;
    for (let i = 0; i < 5; i++) tray.show(snapshot('warning'), new Date(AT));
    assert.equal(calls.length, before);
  });

  it('changes only the tooltip when only the count changes', () => {
    const { tray, calls } = setUp();
    tray.show(snapshot('critical', 1), new Date(AT));
    tray.show(snapshot('critical', 2), new Date(AT));
    assert.deepEqual(calls.slice(4), ['tooltip Dijkwacht — 2 kritieke meldingen']);
  });

  it('draws each colour once and reuses it', () => {
    const { tray, images } = setUp();
    for (const status of ['ok', 'critical', 'ok', 'critical'] as const)
      tray.show(snapshot(status, status === 'critical' ? 1 : 0), new Date(AT));
    assert.equal(images.length, 3);
  });

  it('turns grey when the snapshots stop coming, and back when they return', async () => {
    const { tray, calls } = setUp();
    const clock = new FakeClock(AT);
    const published = new Set<(snapshot: Snapshot) => void>();
    const stop = tray.follow(
      { subscribe: (listener) => (published.add(listener), () => published.delete(listener)) },
      clock,
      5_000,
    );
    for (const listener of published) listener(snapshot('ok'));
    assert.equal(calls.at(-2), 'image ok');
    clock.advance(20_000);
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(calls.slice(-2), [
      'image unknown',
      'tooltip Dijkwacht — geen kritieke meldingen (status verouderd)',
    ]);
    for (const listener of published)
      listener(snapshot('ok', 0, new Date(clock.now()).toISOString()));
    assert.equal(calls.at(-2), 'image ok');
    stop();
    assert.equal(published.size, 0);
  });
});

describe('trayMenu', () => {
  it('opens the coordinator, the wall, or quits, in Dutch', () => {
    const actions: string[] = [];
    const menu = trayMenu({
      openCoordinator: () => actions.push('coordinator'),
      openWall: () => actions.push('wall'),
      quit: () => actions.push('quit'),
    });
    assert.deepEqual(
      menu.map((item) => item.label ?? item.type),
      ['Open coördinator', 'Open wandscherm', 'separator', 'Afsluiten'],
    );
    for (const item of menu) (item.click as (() => void) | undefined)?.();
    assert.deepEqual(actions, ['coordinator', 'wall', 'quit']);
  });
});
