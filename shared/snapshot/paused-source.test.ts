import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultPlaybook } from '../playbook/playbook.ts';
import { formatSnapshotText } from './format-text.ts';
import { snapshotSchema, type Snapshot, type SourceState } from './snapshot-schema.ts';

const polled: SourceState = {
  id: 'topdesk',
  kind: 'topdesk',
  health: 'ok',
  lastSuccessAt: '2026-11-29T12:59:00.000Z',
  error: null,
  nextPollAt: '2026-11-29T13:00:30.000Z',
};

const paused: SourceState = {
  ...polled,
  health: 'stale',
  nextPollAt: null,
  paused: { since: '2026-11-29T12:59:30.000Z', by: 'Anna' },
};

const snapshotOf = (sources: SourceState[]): Snapshot => ({
  generatedAt: '2026-11-29T13:00:00.000Z',
  demo: false,
  timeline: null,
  sources,
  domains: [],
});

describe('the snapshot’s optional `paused`', () => {
  it('is absent for a source nobody paused, and present with since and by for one paused', () => {
    assert.equal('paused' in snapshotSchema.parse(snapshotOf([polled])).sources[0]!, false);
    assert.deepEqual(snapshotSchema.parse(snapshotOf([paused])).sources[0]?.paused, {
      since: '2026-11-29T12:59:30.000Z',
      by: 'Anna',
    });
  });

  it('is never null, never without a name, and keeps to the strict shape', () => {
    for (const bad of [
      { ...polled, paused: null },
      { ...polled, paused: { since: '2026-11-29T12:59:30.000Z', by: '' } },
      { ...polled, paused: { since: 'yesterday', by: 'Anna' } },
      { ...polled, paused: { since: '2026-11-29T12:59:30.000Z', by: 'Anna', until: null } },
    ])
      assert.equal(snapshotSchema.safeParse(snapshotOf([bad as SourceState])).success, false);
  });

  it('is said in the terminal summary instead of the health, in both languages', () => {
    const options = { timeZone: 'Europe/Amsterdam', playbook: defaultPlaybook } as const;
    const nl = formatSnapshotText(snapshotOf([paused, { ...polled, id: 'td2' }]), {
      ...options,
      language: 'nl',
    });
    assert.match(
      nl,
      /\n {2}gepauzeerd topdesk \(TOPdesk, laatste gegevens 13:59\) — gepauzeerd sinds 13:59 door Anna\n {2}in orde {4}td2 /,
    );
    const en = formatSnapshotText(snapshotOf([paused]), { ...options, language: 'en' });
    assert.match(
      en,
      /\n {2}paused {2}topdesk \(TOPdesk, last data 13:59\) — paused since 13:59 by Anna$/,
    );
  });
});
