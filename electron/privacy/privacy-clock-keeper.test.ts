import assert from 'node:assert/strict';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { ClockPlan } from '../../shared/privacy/clock-changes.ts';
import type { PrivacyIncident } from '../../shared/privacy/incidents.ts';
import { PRIVACY_CLOCK_FILE, PrivacyClockFile } from './clock-file.ts';
import { PrivacyClockKeeper } from './privacy-clock-keeper.ts';

let dataDir = '';
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'dijkwacht-privacy-keeper-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

const NOW = Date.parse('2026-11-29T13:05:00.000Z');
const incident: PrivacyIncident = {
  key: 'ticket:t-1',
  ref: { kind: 'ticket', ticketId: 't-1', number: 'I 2611 042' },
  title: null,
  defaultAwareness: { at: '2026-11-29T12:00:00.000Z', source: 'call-date' },
};

/** A keeper over `file` whose timeline is a list, and which counts its announcements. */
function keeperOver(file: PrivacyClockFile) {
  const logged: { plan: ClockPlan; actor: string }[] = [];
  let announced = 0;
  const keeper = new PrivacyClockKeeper({
    file,
    timeZone: 'Europe/Amsterdam',
    domainTitle: 'Privacy',
    now: () => NOW,
    record: async (plan, actor) => {
      logged.push({ plan, actor });
      return { seq: logged.length, at: new Date(NOW).toISOString(), actor };
    },
    announce: async () => void announced++,
  });
  return { keeper, logged, announced: () => announced };
}

describe('the privacy clock keeper', () => {
  it('logs, saves, then announces each change', async () => {
    const { keeper, logged, announced } = keeperOver(new PrivacyClockFile(dataDir, 'tl'));
    const answer = await keeper.start(incident, 'Anna');
    assert.equal(answer.problem, null);
    assert.equal(answer.clocks.length, 1);
    assert.equal(logged.length, 1);
    assert.equal(announced(), 1);
    const saved = JSON.parse(await readFile(path.join(dataDir, PRIVACY_CLOCK_FILE), 'utf8'));
    assert.equal(saved.timelines.tl[0].started.by, 'Anna');
  });

  it('refuses every change while the file cannot be read, and logs nothing', async () => {
    await writeFile(path.join(dataDir, PRIVACY_CLOCK_FILE), 'not json');
    const { keeper, logged } = keeperOver(new PrivacyClockFile(dataDir, 'tl'));
    const answer = await keeper.answer();
    assert.equal(answer.problem?.kind, 'unreadable');
    assert.match(answer.problem?.detail ?? '', /not JSON/);
    await assert.rejects(keeper.start(incident, 'Anna'), /cannot be read .* fix or move/);
    assert.equal(logged.length, 0);
    assert.equal(await readFile(path.join(dataDir, PRIVACY_CLOCK_FILE), 'utf8'), 'not json');
  });

  it('reads the file again once it is repaired', async () => {
    await writeFile(path.join(dataDir, PRIVACY_CLOCK_FILE), 'not json');
    const { keeper } = keeperOver(new PrivacyClockFile(dataDir, 'tl'));
    assert.equal((await keeper.answer()).problem?.kind, 'unreadable');
    await rm(path.join(dataDir, PRIVACY_CLOCK_FILE));
    assert.deepEqual(await keeper.answer(), { clocks: [], problem: null });
  });

  it('keeps a logged change that could not be saved, says so, and saves it when it can', async () => {
    // The write fails as a full disk would, until the disk has room again.
    let diskFull = true;
    const file = new PrivacyClockFile(dataDir, 'tl', {
      rename: async (from, to) => {
        if (diskFull) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        await rename(from, to);
      },
    });
    const { keeper } = keeperOver(file);
    await keeper.answer();
    const answer = await keeper.start(incident, 'Anna');
    assert.equal(answer.clocks.length, 1);
    assert.equal(answer.problem?.kind, 'unsaved');
    diskFull = false;
    const retried = await keeper.answer();
    assert.equal(retried.problem, null);
    assert.equal((await new PrivacyClockFile(dataDir, 'tl').read()).length, 1);
  });

  it('runs changes one at a time: two starts of one incident log one clock', async () => {
    const { keeper, logged } = keeperOver(new PrivacyClockFile(dataDir, 'tl'));
    const results = await Promise.allSettled([
      keeper.start(incident, 'Anna'),
      keeper.start(incident, 'Bram'),
    ]);
    assert.deepEqual(
      results.map((result) => result.status),
      ['fulfilled', 'rejected'],
    );
    assert.equal(logged.length, 1);
  });
});
