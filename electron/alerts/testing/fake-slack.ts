import type { ServerResponse } from 'node:http';
import { sendText, startLoopbackServer } from '../../simulator/loopback/loopback-server.ts';
import type { Clock } from '../../time/clock.ts';

/** One answer the fake gives, in the shapes Slack documents for incoming webhooks. */
export interface SlackAnswer {
  readonly status: number;
  readonly body: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Real milliseconds to wait before answering (a slow Slack). */
  readonly delayMs?: number;
}

export const answers = {
  ok: { status: 200, body: 'ok' },
  rateLimited: (seconds: number): SlackAnswer => ({
    status: 429,
    body: 'rate_limited',
    headers: { 'retry-after': String(seconds) },
  }),
  invalidPayload: { status: 400, body: 'invalid_payload' },
  noService: { status: 404, body: 'no_service' },
  invalidToken: { status: 403, body: 'invalid_token' },
  archived: { status: 410, body: 'channel_is_archived' },
  prohibited: { status: 403, body: 'action_prohibited' },
  serverError: { status: 500, body: 'rollup_error' },
  slow: (delayMs: number): SlackAnswer => ({ status: 200, body: 'ok', delayMs }),
} satisfies Record<string, SlackAnswer | ((arg: number) => SlackAnswer)>;

export interface ReceivedPost {
  readonly path: string;
  readonly contentType: string | undefined;
  readonly body: string;
  /** The test clock's monotonic time when the post arrived. */
  readonly at: number;
}

export interface FakeSlack {
  /** The webhook URL: loopback, with a path that stands for the secret. */
  readonly url: string;
  readonly posts: () => readonly ReceivedPost[];
  /** The texts of the posts, as Slack would read them from the JSON. */
  readonly texts: () => readonly string[];
  /** Most requests it ever had open at once. */
  readonly maxConcurrent: () => number;
  close(): Promise<void>;
}

/**
 * A loopback stand-in for one Slack incoming webhook: answers the scripted answers in order,
 * then `ok`; records every post with the test clock's time, so a test can check that nothing
 * came in before a Retry-After had passed.
 */
export async function startFakeSlack(
  clock: Clock,
  script: readonly SlackAnswer[] = [],
  secretPath = '/services/T0FAKE/B0FAKE/fake-secret-token',
): Promise<FakeSlack> {
  const queue = [...script];
  const posts: ReceivedPost[] = [];
  let open = 0;
  let maxOpen = 0;
  const server = await startLoopbackServer(async (call) => {
    open += 1;
    maxOpen = Math.max(maxOpen, open);
    posts.push({
      path: call.path,
      contentType: call.headers['content-type'],
      body: call.body,
      at: clock.monotonic(),
    });
    const answer: SlackAnswer = queue.shift() ?? answers.ok;
    if (answer.delayMs) await delay(answer.delayMs, call.response);
    open -= 1;
    if (!call.response.destroyed)
      sendText(call.response, answer.status, answer.body, answer.headers);
  });
  return {
    url: `${server.url}${secretPath}`,
    posts: () => posts,
    texts: () => posts.map((post) => (JSON.parse(post.body) as { text: string }).text),
    maxConcurrent: () => maxOpen,
    close: server.close,
  };
}

/** Waits, or stops waiting when the client gives up (so a test ends without a stray timer). */
function delay(ms: number, response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    response.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
