import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { systemClock } from '../../time/clock.ts';
import { clampTimerMs, MAX_TIMER_MS } from './clamp-timer.ts';
import { httpRequest } from './http-request.ts';

const DAY = 86_400_000;

describe('clampTimerMs', () => {
  const cases: [number, number][] = [
    [0, 0],
    [1, 1],
    [1.5, 2],
    [60_000, 60_000],
    [MAX_TIMER_MS, MAX_TIMER_MS],
    [2 ** 31, MAX_TIMER_MS],
    [25 * DAY, MAX_TIMER_MS],
    [Number.MAX_SAFE_INTEGER, MAX_TIMER_MS],
    [Infinity, MAX_TIMER_MS],
    [-1, 0],
    [-Infinity, 0],
    [Number.NaN, 0],
  ];
  for (const [ms, clamped] of cases)
    it(`${ms} → ${clamped}`, () => assert.equal(clampTimerMs(ms), clamped));

  it('stays below 2^31 ms, past which Node fires a timer after 1 ms', () => {
    assert.equal(MAX_TIMER_MS, 2 ** 31 - 1);
  });
});

/** A server that answers after 30 ms: long enough that a timer overflowing to 1 ms fires first. */
let server: Server;
let base = '';
before(async () => {
  server = createServer((_request, response) => void setTimeout(() => response.end('ok'), 30));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

describe('timers set from long durations', () => {
  for (const [name, deadlineMs] of [
    ['30 days (fits the API, overflows the timer)', 30 * DAY],
    ['250 days (beyond what AbortSignal.timeout takes)', 250 * DAY],
  ] as const) {
    it(`httpRequest answers under a deadline of ${name}`, async () => {
      const response = await httpRequest({ url: `${base}/`, deadlineMs, maxBytes: 100 });
      assert.equal(response.body, 'ok');
    });
  }

  it('systemClock.sleep of 25 days waits, instead of returning after 1 ms', async () => {
    const stop = new AbortController();
    const early = setTimeout(() => stop.abort(new Error('stopped')), 50);
    const slept = systemClock.sleep(25 * DAY, stop.signal).then(
      () => 'woke up',
      (error: Error) => error.message,
    );
    assert.equal(await slept, 'stopped');
    clearTimeout(early);
  });
});
