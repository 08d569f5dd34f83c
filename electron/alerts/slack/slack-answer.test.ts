import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_RATE_LIMIT_WAIT_MS, errorCode, slackOutcome } from './slack-answer.ts';

const NOW = new Date('2026-11-29T13:00:00.000Z');

describe("what Slack's answer to a webhook post means", () => {
  it('200 with the body ok is sent; nothing else is', () => {
    assert.deepEqual(slackOutcome(200, 'ok', null, NOW), { kind: 'sent' });
    assert.deepEqual(slackOutcome(200, 'ok\n', null, NOW), { kind: 'sent' });
    assert.deepEqual(slackOutcome(200, '<html>login</html>', null, NOW), {
      kind: 'drop',
      problem: 'HTTP 200: an answer other than ok',
    });
  });

  it('429 waits Retry-After (seconds or a date), 30 s without one, at most an hour', () => {
    assert.deepEqual(slackOutcome(429, 'rate_limited', '12', NOW), {
      kind: 'rate-limited',
      waitMs: 12_000,
    });
    assert.deepEqual(slackOutcome(429, '', 'Sun, 29 Nov 2026 13:01:00 GMT', NOW), {
      kind: 'rate-limited',
      waitMs: 60_000,
    });
    assert.deepEqual(slackOutcome(429, '', null, NOW), {
      kind: 'rate-limited',
      waitMs: DEFAULT_RATE_LIMIT_WAIT_MS,
    });
    assert.deepEqual(slackOutcome(429, '', '86400', NOW), {
      kind: 'rate-limited',
      waitMs: 3_600_000,
    });
  });

  it('5xx is tried again; other 4xx and redirects are dropped with what Slack said', () => {
    assert.deepEqual(slackOutcome(500, 'rollup_error', null, NOW), {
      kind: 'retry',
      problem: 'HTTP 500 rollup_error',
    });
    assert.deepEqual(slackOutcome(503, '', null, NOW), { kind: 'retry', problem: 'HTTP 503' });
    for (const [status, code] of [
      [400, 'invalid_payload'],
      [403, 'invalid_token'],
      [403, 'action_prohibited'],
      [404, 'no_service'],
      [404, 'channel_not_found'],
      [410, 'channel_is_archived'],
    ] as const)
      assert.deepEqual(slackOutcome(status, code, null, NOW), {
        kind: 'drop',
        problem: `HTTP ${status} ${code}`,
      });
    assert.equal(slackOutcome(302, '', null, NOW).kind, 'drop');
  });

  it("quotes only Slack's own error codes, never a page or an echo", () => {
    assert.equal(errorCode('no_service'), 'no_service');
    assert.equal(errorCode('{"ok":false,"error":"rate_limited"}'), 'rate_limited');
    assert.equal(errorCode('<html>https://hooks.slack.com/services/T/B/secret</html>'), null);
    assert.equal(errorCode('{"error":"https://hooks.slack.com/services/T/B/secret"}'), null);
    assert.equal(errorCode('Not Found'), null);
    assert.equal(errorCode(''), null);
  });
});
