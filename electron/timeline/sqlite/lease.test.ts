import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import type { CollectorHolder } from '../../../shared/timeline/timeline-store.ts';
import { FakeClock } from '../../time/testing/fake-clock.ts';
import { openSqliteStore } from './open-sqlite.ts';
import { tempFolder, type TempFolder } from './testing/temp-folder.ts';

let folder: TempFolder;
before(async () => {
  folder = await tempFolder('lease');
});
after(() => folder.remove());

const STALE_MS = 60_000;

function holder(name: string, overrides: Partial<CollectorHolder> = {}): CollectorHolder {
  return {
    id: `${name}-id`,
    pid: process.pid,
    host: 'meldkamer-1',
    startedAt: '2026-05-01T07:00:00.000Z',
    label: name,
    ...overrides,
  };
}

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

/** Two stores on one file, as two processes would have, on a clock the test moves. */
async function twoCollectors(name: string) {
  const clock = new FakeClock('2026-05-01T08:00:00.000Z');
  const file = folder.file(name);
  const first = await openSqliteStore(file, { create: true, clock });
  const second = await openSqliteStore(file, { create: true, clock });
  const close = async () => {
    await first.close();
    await second.close();
  };
  return { first, second, clock, close };
}

describe('collector lease', () => {
  it('refuses a second collector and tells it who holds the store', async () => {
    const { first, second, close } = await twoCollectors('refuse.sqlite');
    const app = holder('the Dijkwacht app');
    assert.deepEqual(await first.claimCollector(app, STALE_MS), { ok: true });
    assert.deepEqual(await second.claimCollector(holder('dijkwacht collect'), STALE_MS), {
      ok: false,
      holder: app,
      renewedAt: '2026-05-01T08:00:00.000Z',
    });
    assert.deepEqual(
      await first.claimCollector(app, STALE_MS),
      { ok: true },
      'its own claim again',
    );
    await close();
  });

  it('renews only its own claim, and a released claim is free', async () => {
    const { first, second, clock, close } = await twoCollectors('renew.sqlite');
    const app = holder('the Dijkwacht app');
    const cli = holder('dijkwacht collect');
    await first.claimCollector(app, STALE_MS);
    clock.advance(30_000);
    assert.equal(await first.renewCollector(app), true);
    assert.equal(await second.renewCollector(cli), false);
    await second.releaseCollector(cli);
    const refused = await second.claimCollector(cli, STALE_MS);
    assert.equal(refused.ok ? null : refused.renewedAt, '2026-05-01T08:00:30.000Z');
    await first.releaseCollector(app);
    assert.deepEqual(await second.claimCollector(cli, STALE_MS), { ok: true });
    await close();
  });

  it('lets a claim that stopped renewing be taken over; the old holder then loses it', async () => {
    const { first, second, clock, close } = await twoCollectors('stale.sqlite');
    const hung = holder('the Dijkwacht app', { host: 'meldkamer-2' });
    await first.claimCollector(hung, STALE_MS);
    clock.advance(STALE_MS);
    assert.equal((await second.claimCollector(holder('dijkwacht collect'), STALE_MS)).ok, false);
    clock.advance(1);
    assert.deepEqual(await second.claimCollector(holder('dijkwacht collect'), STALE_MS), {
      ok: true,
    });
    assert.equal(await first.renewCollector(hung), false);
    await close();
  });

  it('takes over at once from a dead process on the same host, not on another host', async () => {
    const pid = deadPid();
    for (const [host, takesOver] of [
      ['meldkamer-2', false],
      ['meldkamer-1', true],
    ] as const) {
      const { first, second, close } = await twoCollectors(`dead-on-${host}.sqlite`);
      await first.claimCollector(holder('crashed', { pid, host }), STALE_MS);
      const claim = await second.claimCollector(holder('dijkwacht collect'), STALE_MS);
      assert.equal(claim.ok, takesOver, host);
      await close();
    }
  });
});
