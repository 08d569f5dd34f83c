import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parsePolicies, readRateLimitHeaders } from './rate-limit-headers.ts';

describe('readRateLimitHeaders', () => {
  it('reads the documented example', () => {
    const headers = new Headers({
      'x-ratelimit-limit': '5, 60;w=60, 5;w=1',
      'x-ratelimit-remaining': '3',
      'x-ratelimit-reset': '1',
    });
    assert.deepEqual(readRateLimitHeaders(headers), {
      policies: [
        { limit: 60, windowMs: 60_000 },
        { limit: 5, windowMs: 1000 },
      ],
      remaining: 3,
      resetMs: 1000,
    });
  });

  it('reads absent or unreadable headers as no advice', () => {
    assert.deepEqual(readRateLimitHeaders(new Headers()), {
      policies: [],
      remaining: null,
      resetMs: null,
    });
    const odd = new Headers({
      'x-ratelimit-limit': 'lots',
      'x-ratelimit-remaining': '-1',
      'x-ratelimit-reset': 'soon',
    });
    assert.deepEqual(readRateLimitHeaders(odd), { policies: [], remaining: null, resetMs: null });
  });

  it('clamps a reset to an hour and skips zero policies', () => {
    assert.equal(
      readRateLimitHeaders(new Headers({ 'x-ratelimit-reset': '999999' })).resetMs,
      3_600_000,
    );
    assert.deepEqual(parsePolicies('0;w=60, 10;w=0, 7;w=10;comment="x"'), [
      { limit: 7, windowMs: 10_000 },
    ]);
  });

  it('never throws and yields only positive policies on any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        for (const policy of parsePolicies(text)) {
          assert.ok(policy.limit > 0 && Number.isInteger(policy.limit));
          assert.ok(policy.windowMs > 0 && Number.isInteger(policy.windowMs));
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
