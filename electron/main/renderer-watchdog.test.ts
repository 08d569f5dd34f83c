import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorPageUrl, RendererWatchdog, WATCHDOG_POLICY } from './renderer-watchdog.ts';

describe('RendererWatchdog.gone', () => {
  it('does nothing for a renderer that exited on purpose (a closing window)', () =>
    assert.deepEqual(new RendererWatchdog().gone('clean-exit', 0), { action: 'ignore' }));

  for (const reason of ['crashed', 'killed', 'oom', 'abnormal-exit', 'launch-failed'] as const)
    it(`reloads after a renderer that is gone (${reason})`, () =>
      assert.deepEqual(new RendererWatchdog().gone(reason, 0), {
        action: 'reload',
        delayMs: 1_000,
        attempt: 1,
      }));

  it('backs off (1, 2, 4 s), then gives up on the fourth crash within a minute', () => {
    const watchdog = new RendererWatchdog();
    const decisions = [0, 2_000, 5_000, 10_000].map((at) => watchdog.gone('crashed', at));
    assert.deepEqual(decisions, [
      { action: 'reload', delayMs: 1_000, attempt: 1 },
      { action: 'reload', delayMs: 2_000, attempt: 2 },
      { action: 'reload', delayMs: 4_000, attempt: 3 },
      { action: 'give-up', retryInMs: 300_000 },
    ]);
  });

  it('never reloads more than maxReloads times in any minute, however the crashes fall', () => {
    const watchdog = new RendererWatchdog();
    const reloads: number[] = [];
    // A renderer that crashes every 7 seconds for an hour.
    for (let at = 0; at < 3_600_000; at += 7_000) {
      const decision = watchdog.gone('crashed', at);
      if (decision.action === 'reload') reloads.push(at);
      if (decision.action === 'give-up') watchdog.retry(at + decision.retryInMs);
    }
    for (const at of reloads) {
      const inMinute = reloads.filter((other) => other >= at && other < at + 60_000);
      assert.ok(inMinute.length <= WATCHDOG_POLICY.maxReloads, `${inMinute.length} at ${at}`);
    }
    assert.ok(reloads.length > 0);
  });

  it('ignores crashes while cooling off, and counts the retry after it', () => {
    const watchdog = new RendererWatchdog();
    for (const at of [0, 1, 2]) watchdog.gone('crashed', at);
    assert.equal(watchdog.gone('crashed', 3).action, 'give-up');
    assert.deepEqual(watchdog.gone('crashed', 100_000), { action: 'ignore' });
    watchdog.retry(300_003);
    assert.deepEqual(watchdog.gone('crashed', 300_010), {
      action: 'reload',
      delayMs: 2_000,
      attempt: 2,
    });
  });

  it('starts afresh once the crashes are a minute old (a crash days later reloads at once)', () => {
    const watchdog = new RendererWatchdog();
    for (const at of [0, 1_000, 2_000]) watchdog.gone('crashed', at);
    assert.deepEqual(watchdog.gone('oom', 62_001), {
      action: 'reload',
      delayMs: 1_000,
      attempt: 1,
    });
  });
});

describe('RendererWatchdog, a hung page', () => {
  it('starts one grace period, however often Electron repeats "unresponsive"', () => {
    const watchdog = new RendererWatchdog();
    assert.equal(watchdog.unresponsive(), true);
    assert.equal(watchdog.unresponsive(), false);
    assert.equal(watchdog.graceOver(), true);
  });

  it('lets a page that answers again before the grace ends be', () => {
    const watchdog = new RendererWatchdog();
    watchdog.unresponsive();
    watchdog.responsive();
    assert.equal(watchdog.graceOver(), false);
    assert.equal(watchdog.unresponsive(), true, 'a new hang starts a new grace period');
  });

  it('forgets a hang once the renderer is gone', () => {
    const watchdog = new RendererWatchdog();
    watchdog.unresponsive();
    watchdog.gone('killed', 0);
    assert.equal(watchdog.graceOver(), false);
  });
});

describe('errorPageUrl', () => {
  const html = decodeURIComponent(
    errorPageUrl(300_000).replace(/^data:text\/html;charset=utf-8,/, ''),
  );

  it('is a data: page with a CSP that forbids everything, and no script', () => {
    assert.match(errorPageUrl(300_000), /^data:text\/html;charset=utf-8,/);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'">/);
    assert.doesNotMatch(html, /<script|javascript:|\son\w+=/i);
  });

  it('says in Dutch that it shows no status, and when it tries again', () => {
    assert.match(html, /geen actuele status/);
    assert.match(html, /over 5 minuten opnieuw/);
    assert.match(decodeURIComponent(errorPageUrl(60_000)), /over 1 minuut opnieuw/);
  });
});
