import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkSchema } from '../../../shared/signals/signals.ts';
import { parseUptimePage } from './to-signals.ts';
import { mutation, validUptimePage } from './testing/arbitraries.ts';

/** A page as StatusCake documents it (docs/sources.md). */
const EXAMPLE = {
  data: [
    {
      id: '6543210',
      name: 'shop-eu HTTPS',
      website_url: 'https://shop.example.eu/health',
      test_type: 'HTTP',
      check_rate: 60,
      contact_groups: ['12345'],
      paused: false,
      status: 'down',
      tags: ['prod', 'eu'],
      uptime: 99.31,
    },
    {
      id: '6543299',
      name: 'api TCP 443',
      website_url: 'api.example.com',
      test_type: 'TCP',
      check_rate: 300,
      contact_groups: [],
      paused: false,
      status: 'down',
      tags: ['prod'],
      uptime: 97.5,
    },
  ],
  metadata: { page: 1, per_page: 2, page_count: 1, total_count: 2 },
};

function assertValidOrError(value: unknown): void {
  const result = parseUptimePage(value);
  if (!result.ok) return assert.equal(typeof result.error, 'string');
  for (const check of result.value.checks) assert.ok(checkSchema.safeParse(check).success);
}

describe('parseUptimePage', () => {
  it('reads the documented example into Checks', () => {
    const result = parseUptimePage(EXAMPLE);
    assert.ok(result.ok);
    assert.deepEqual(result.value.checks[0], {
      id: '6543210',
      name: 'shop-eu HTTPS',
      url: 'https://shop.example.eu/health',
      status: 'down',
      paused: false,
      tags: ['prod', 'eu'],
      checkRateSeconds: 60,
      downSince: null,
    });
    assert.equal(result.value.pageCount, 1);
    assert.equal(result.value.totalCount, 2);
  });

  it('reads a list without uptime (nouptime=true) and null tags', () => {
    const item = { ...EXAMPLE.data[0], uptime: undefined, tags: null };
    const result = parseUptimePage({ ...EXAMPLE, data: [item] });
    assert.ok(result.ok);
    assert.deepEqual(result.value.checks[0]?.tags, []);
  });

  it('refuses a numeric id, legacy casing and a missing metadata, naming the path', () => {
    const cases: [unknown, RegExp][] = [
      [{ ...EXAMPLE, data: [{ ...EXAMPLE.data[0], id: 6543210 }] }, /data\[0\]\.id/],
      [{ ...EXAMPLE, data: [{ ...EXAMPLE.data[0], status: 'Up' }] }, /data\[0\]\.status/],
      [{ data: EXAMPLE.data }, /metadata/],
    ];
    for (const [value, path] of cases) {
      const result = parseUptimePage(value);
      assert.ok(!result.ok);
      assert.match(result.error, path);
    }
  });

  it('never throws and never yields an invalid Check on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => assertValidOrError(value)),
      { numRuns: 10_000 },
    );
  });

  it('accepts every valid page whole', () => {
    fc.assert(
      fc.property(validUptimePage, (page) => {
        const result = parseUptimePage(page);
        assert.ok(result.ok);
        assert.equal(result.value.checks.length, page.data.length);
      }),
      { numRuns: 2_000 },
    );
  });

  it('never throws and never yields an invalid Check on mutated valid pages', () => {
    fc.assert(
      fc.property(validUptimePage.chain(mutation), (value) => assertValidOrError(value)),
      { numRuns: 5_000 },
    );
  });
});
