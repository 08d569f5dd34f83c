import { FakeClock } from '../time/testing/fake-clock.ts';
import assert from 'node:assert/strict';
import { access, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import type { TimelineEvent } from '../../shared/timeline/event.ts';
import { MemoryTimelineStore } from '../../shared/timeline/testing/memory-store.ts';
import { syntheticTimeline } from '../../shared/timeline/testing/synthetic-timeline.ts';
import { runExport, type ExportOptions } from './run-export.ts';

const NOW = new Date('2026-12-01T09:00:00.000Z');

function options(out: ExportOptions['out'], overrides: Partial<ExportOptions> = {}): ExportOptions {
  return {
    format: 'csv',
    redact: false,
    from: null,
    to: null,
    domain: null,
    title: 'Incident',
    timezone: 'Europe/Amsterdam',
    knownNames: [],
    out,
    actor: 'Jan de Vries',
    clock: new FakeClock(NOW),
    ...overrides,
  };
}

async function storeOf(count: number): Promise<MemoryTimelineStore> {
  const store = new MemoryTimelineStore({ trusted: true });
  await store.append(syntheticTimeline(count));
  return store;
}

const csvRecords = (text: string) => text.split('\r\n').filter(Boolean).length - 1;

describe('runExport', () => {
  let folder = '';
  before(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-export-'));
  });
  after(() => rm(folder, { recursive: true, force: true }));

  it('reads every page, reports progress, and writes every event once', async () => {
    const store = await storeOf(12_345);
    const progress: [number, number][] = [];
    const out = path.join(folder, 'all.csv');
    const result = await runExport(
      store,
      options(out, { onProgress: (done, total) => progress.push([done, total]) }),
    );
    assert.equal(result.events, 12_345);
    assert.equal(csvRecords(await readFile(out, 'utf8')), 12_345);
    assert.deepEqual(progress, [
      [0, 12_345],
      [5000, 12_345],
      [10_000, 12_345],
      [12_345, 12_345],
    ]);
  });

  it('records the export afterwards, as the actor, with what was exported', async () => {
    const store = await storeOf(10);
    const from = new Date('2026-11-29T06:00:10.000Z');
    await runExport(
      store,
      options(path.join(folder, 'made.pdf'), { format: 'pdf', redact: true, from }),
    );
    const [made] = await store.read({ kinds: ['export-made'] });
    assert.ok(made?.kind === 'export-made');
    assert.equal(made.seq, 11);
    assert.equal(made.actor, 'Jan de Vries');
    assert.equal(made.at, NOW.toISOString());
    assert.deepEqual(made.data, {
      format: 'pdf',
      redacted: true,
      from: from.toISOString(),
      to: null,
      events: made.data.events,
    });
    assert.equal(
      made.summary,
      `Tijdlijn geëxporteerd als PDF (geanonimiseerd), ${made.data.events} gebeurtenissen`,
    );
  });

  it('writes only the period and domain asked for', async () => {
    const store = await storeOf(2000);
    const all = await store.read({});
    const from = new Date(all[500]!.at);
    const to = new Date(all[1500]!.at);
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
    await runExport(store, options(out, { format: 'json', from, to, domain: 'security' }));
    const { events } = JSON.parse(chunks.join('')) as { events: TimelineEvent[] };
    const expected = all.filter(
      (event) =>
        event.domain === 'security' &&
        Date.parse(event.at) >= from.getTime() &&
        Date.parse(event.at) < to.getTime(),
    );
    assert.deepEqual(events, expected);
    assert.ok(out.writable, 'a stream of the caller is not ended');
  });

  it('leaves out what is appended while it runs', async () => {
    const store = await storeOf(6000);
    const out = path.join(folder, 'moving.csv');
    const onProgress = (done: number) => {
      if (done === 5000) void store.append(syntheticTimeline(10, 2, 6001));
    };
    const result = await runExport(store, options(out, { onProgress }));
    assert.equal(result.events, 6000);
  });

  it('leaves neither a file nor an export-made event when writing fails', async () => {
    const store = await storeOf(10);
    const out = path.join(folder, 'missing-folder', 'x.csv');
    await assert.rejects(runExport(store, options(out)));
    assert.equal(await store.count({ kinds: ['export-made'] }), 0);
    await assert.rejects(access(out));
  });

  it('never leaves a partial file behind when the store fails halfway', async () => {
    const store = await storeOf(7000);
    const read = store.read.bind(store);
    let reads = 0;
    store.read = async (query) => {
      if (++reads === 2) throw new Error('disk gone');
      return read(query);
    };
    await assert.rejects(runExport(store, options(path.join(folder, 'half.csv'))), /disk gone/);
    assert.deepEqual(
      (await readdir(folder)).filter((name) => name.startsWith('half')),
      [],
    );
  });
});
