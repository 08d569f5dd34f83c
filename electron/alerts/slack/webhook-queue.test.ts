import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { SecretValue } from '../../../shared/config/secret.ts';
import { closedPort } from '../../sources/http/testing/closed-port.ts';
import { FakeClock } from '../../time/testing/fake-clock.ts';
import {
  answers,
  startFakeSlack,
  type FakeSlack,
  type SlackAnswer,
} from '../testing/fake-slack.ts';
import { WebhookQueue, type WebhookQueueOptions } from './webhook-queue.ts';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((thing) => thing.close()));
});

interface Setup {
  readonly slack: FakeSlack;
  readonly queue: WebhookQueue;
  readonly clock: FakeClock;
  readonly logged: string[];
}

/** A queue posting to a fake Slack that answers `script`, on a clock that never really waits. */
async function setup(
  script: readonly SlackAnswer[] = [],
  options: Partial<WebhookQueueOptions> = {},
): Promise<Setup> {
  const clock = new FakeClock(undefined, { autoAdvance: true });
  const slack = await startFakeSlack(clock, script);
  const logged: string[] = [];
  const queue = new WebhookQueue({
    label: 'alerting line',
    webhook: new SecretValue(slack.url, 'env SLACK_WEBHOOK_INFRA'),
    clock,
    log: (line) => logged.push(line),
    random: () => 0.5,
    ...options,
  });
  open.push(slack, { close: () => queue.stop() });
  return { slack, queue, clock, logged };
}

describe('a Slack incoming webhook, one queue', () => {
  it('posts {"text"} as JSON, escaped for Slack, and takes 200 ok as sent', async () => {
    const { slack, queue, logged } = await setup();
    queue.post('Alerting: 5 < 10 & p95 > 2 s');
    await queue.idle();
    const [post] = slack.posts();
    assert.equal(post?.contentType, 'application/json');
    assert.equal(post?.body, '{"text":"Alerting: 5 &lt; 10 &amp; p95 &gt; 2 s"}');
    assert.deepEqual(queue.stats(), { sent: 1, failed: 0, dropped: 0, waiting: 0 });
    assert.deepEqual(logged, []);
  });

  it('sends one request at a time, in order, and never two within a second', async () => {
    const { slack, queue } = await setup();
    for (const text of ['one', 'two', 'three', 'four']) queue.post(text);
    await queue.idle();
    assert.deepEqual(slack.texts(), ['one', 'two', 'three', 'four']);
    assert.equal(slack.maxConcurrent(), 1);
    const times = slack.posts().map((post) => post.at);
    for (let index = 1; index < times.length; index++)
      assert.ok(times[index]! - times[index - 1]! >= 1_000, `post ${index} came too soon`);
  });

  it('on 429 waits the Retry-After seconds, then sends the same message again', async () => {
    const { slack, queue, clock, logged } = await setup([answers.rateLimited(7)]);
    queue.post('first');
    queue.post('second');
    await queue.idle();
    assert.deepEqual(slack.texts(), ['first', 'first', 'second']);
    const [refused, again] = slack.posts();
    assert.ok(again!.at - refused!.at >= 7_000, 'nothing before Retry-After had passed');
    assert.ok(clock.sleeps.includes(7_000));
    assert.deepEqual(queue.stats(), { sent: 2, failed: 0, dropped: 0, waiting: 0 });
    assert.deepEqual(logged, [
      'dijkwacht: Slack (alerting line): HTTP 429 rate limited; waiting 7 s as Slack asks, then sending again',
      'dijkwacht: Slack (alerting line): messages get through again',
    ]);
  });

  it('drops a message Slack refuses, reports each refusal once, and goes on with the next', async () => {
    const { slack, queue, logged } = await setup([
      answers.invalidPayload,
      answers.noService,
      answers.noService,
      answers.archived,
    ]);
    for (const text of ['a', 'b', 'c', 'd', 'e']) queue.post(text);
    await queue.idle();
    assert.deepEqual(slack.texts(), ['a', 'b', 'c', 'd', 'e'], 'each refused message tried once');
    assert.deepEqual(queue.stats(), { sent: 1, failed: 4, dropped: 0, waiting: 0 });
    assert.deepEqual(logged, [
      'dijkwacht: Slack (alerting line): HTTP 400 invalid_payload; message dropped',
      'dijkwacht: Slack (alerting line): HTTP 404 no_service; message dropped',
      'dijkwacht: Slack (alerting line): HTTP 410 channel_is_archived; message dropped',
      'dijkwacht: Slack (alerting line): messages get through again',
    ]);
  });

  it('tries a 500 again after a backoff and sends the message once Slack is back', async () => {
    const { slack, queue, logged } = await setup([answers.serverError]);
    queue.post('after the outage');
    await queue.idle();
    assert.deepEqual(slack.texts(), ['after the outage', 'after the outage']);
    assert.deepEqual(queue.stats(), { sent: 1, failed: 0, dropped: 0, waiting: 0 });
    assert.deepEqual(logged, []);
  });

  it('gives up after its tries on a Slack that keeps failing, waiting longer each time', async () => {
    const failing = Array.from({ length: 6 }, () => answers.serverError);
    const { slack, queue, clock, logged } = await setup(failing, { maxAttempts: 4 });
    queue.post('lost');
    await queue.idle();
    assert.equal(slack.posts().length, 4);
    assert.deepEqual(queue.stats(), { sent: 0, failed: 1, dropped: 0, waiting: 0 });
    // Full jitter (at 0.5) of 2 s, 4 s, 8 s; each already longer than the 1-second pacing.
    assert.deepEqual(clock.sleeps, [1_000, 2_000, 4_000]);
    assert.deepEqual(logged, [
      'dijkwacht: Slack (alerting line): HTTP 500 rollup_error; message dropped after 4 tries',
    ]);
  });

  it('cuts off a Slack that does not answer in time, and tries again', async () => {
    const { slack, queue, logged } = await setup([answers.slow(2_000)], { timeoutMs: 150 });
    const started = performance.now();
    queue.post('slow');
    await queue.idle();
    assert.ok(performance.now() - started < 1_500, 'the request was cut off at its deadline');
    assert.deepEqual(slack.texts(), ['slow', 'slow']);
    assert.deepEqual(queue.stats(), { sent: 1, failed: 0, dropped: 0, waiting: 0 });
    assert.deepEqual(logged, []);
  });

  it('reports a Slack it cannot reach by the error code, after its tries', async () => {
    const clock = new FakeClock(undefined, { autoAdvance: true });
    const logged: string[] = [];
    const url = `http://127.0.0.1:${await closedPort()}/services/T0/B0/unreachable-secret`;
    const queue = new WebhookQueue({
      label: 'website line',
      webhook: new SecretValue(url, 'env HOOK'),
      clock,
      log: (line) => logged.push(line),
      maxAttempts: 2,
    });
    open.push({ close: () => queue.stop() });
    queue.post('nobody home');
    await queue.idle();
    assert.deepEqual(queue.stats(), { sent: 0, failed: 1, dropped: 0, waiting: 0 });
    assert.deepEqual(logged, [
      'dijkwacht: Slack (website line): connection refused (ECONNREFUSED); message dropped after 2 tries',
    ]);
  });

  it('keeps at most its limit waiting: drops the oldest, counts them, says so once', async () => {
    const { slack, queue, logged } = await setup([], { maxWaiting: 3 });
    for (const text of ['1', '2', '3', '4', '5', '6']) queue.post(text);
    await queue.idle();
    assert.deepEqual(slack.texts(), ['4', '5', '6']);
    assert.deepEqual(queue.stats(), { sent: 3, failed: 0, dropped: 3, waiting: 0 });
    assert.deepEqual(logged, [
      'dijkwacht: Slack (alerting line): too many messages waiting; dropping the oldest (1 so far)',
    ]);
  });

  it('stops at once: the request in flight is abandoned and what was not sent is counted', async () => {
    const { slack, queue, logged } = await setup([answers.slow(5_000)]);
    queue.post('in flight');
    queue.post('waiting');
    while (slack.posts().length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const started = performance.now();
    await queue.stop();
    assert.ok(performance.now() - started < 1_000, 'stop did not wait for Slack');
    await queue.stop();
    queue.post('after the stop');
    assert.deepEqual(queue.stats(), { sent: 0, failed: 0, dropped: 0, waiting: 0 });
    assert.deepEqual(logged, ['dijkwacht: Slack (alerting line): 2 message(s) not sent: stopping']);
  });

  it('never names the webhook URL, whatever goes wrong', async () => {
    const { slack, queue, logged } = await setup(
      [
        answers.rateLimited(1),
        answers.invalidPayload,
        answers.invalidToken,
        answers.prohibited,
        answers.serverError,
        {
          status: 502,
          body: `<html>bad gateway for ${'/services/T0FAKE/B0FAKE/fake-secret-token'}</html>`,
        },
        { status: 301, body: '', headers: { location: 'https://elsewhere.example/' } },
        answers.slow(1_000),
      ],
      { timeoutMs: 100, maxAttempts: 2 },
    );
    for (const text of ['a', 'b', 'c', 'd', 'e', 'f']) queue.post(text);
    await queue.idle();
    assert.deepEqual(logged, [
      'dijkwacht: Slack (alerting line): HTTP 429 rate limited; waiting 1 s as Slack asks, then sending again',
      'dijkwacht: Slack (alerting line): HTTP 400 invalid_payload; message dropped',
      'dijkwacht: Slack (alerting line): HTTP 403 invalid_token; message dropped',
      'dijkwacht: Slack (alerting line): HTTP 403 action_prohibited; message dropped',
      'dijkwacht: Slack (alerting line): HTTP 502; message dropped after 2 tries',
      'dijkwacht: Slack (alerting line): HTTP 301: redirected, check the webhook URL; message dropped',
      'dijkwacht: Slack (alerting line): messages get through again',
    ]);
    for (const line of logged) {
      assert.ok(!line.includes('fake-secret-token'), line);
      assert.ok(!line.includes('127.0.0.1'), line);
      assert.ok(!line.includes(slack.url), line);
    }
  });
});
