import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import {
  startStatusCakeServer,
  type StatusCakeServer,
  type StatusCakeServerOptions,
} from './server.ts';

const TOKEN = 'simulator-token';
let server: StatusCakeServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function start(options: Partial<StatusCakeServerOptions> = {}): Promise<StatusCakeServer> {
  server = await startStatusCakeServer({ token: TOKEN, rateLimits: [], ...options });
  return server;
}

/** The JSON answers read loosely: the client's parsers are tested elsewhere. */
interface Body {
  readonly data: Record<string, unknown>[];
  readonly metadata: Record<string, unknown>;
  readonly links: { readonly next?: string };
}

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly body: Body;
}

async function get(path: string, token = TOKEN): Promise<Answer> {
  const response = await fetch(`${server?.url}${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const text = await response.text();
  const json = response.headers.get('content-type')?.includes('json') ?? false;
  const body = json ? (JSON.parse(text) as Body) : { data: [], metadata: {}, links: {} };
  return { status: response.status, headers: response.headers, text, body };
}

describe('StatusCake simulator', () => {
  it('refuses a bad token the way the auth layer does: 403, x-ext-authz: denied, no JSON', async () => {
    await start();
    const answer = await get('/v1/uptime', 'wrong');
    assert.equal(answer.status, 403);
    assert.equal(answer.headers.get('x-ext-authz'), 'denied');
    assert.equal(answer.headers.get('content-type'), 'text/plain');
    assert.throws(() => JSON.parse(answer.text));
  });

  it('pages /v1/uptime with limit capped at 100 and documented metadata', async () => {
    const current = await start();
    for (let i = 0; i < 130; i += 1)
      current.dataset.addCheck({
        name: `c${i}`,
        url: 'https://x.example',
        tags: i % 2 ? ['a'] : ['a', 'b'],
      });
    const first = await get('/v1/uptime?limit=500&page=2');
    assert.deepEqual(first.body.metadata, {
      page: 2,
      per_page: 100,
      page_count: 2,
      total_count: 130,
    });
    assert.equal(first.body.data.length, 30);
    assert.equal(typeof first.body.data[0]?.id, 'string');
    assert.equal(typeof first.body.data[0]?.uptime, 'number');
    assert.equal((await get('/v1/uptime?nouptime=true')).body.data[0]?.uptime, undefined);
    assert.equal((await get('/v1/uptime?tags=a,b')).body.metadata.total_count, 65);
    assert.equal((await get('/v1/uptime?tags=a,b&matchany=true')).body.metadata.total_count, 130);
    assert.equal((await get('/v1/uptime?limit=0')).status, 400);
  });

  it('filters on status and follows a check down and up', async () => {
    const current = await start();
    const id = current.dataset.addCheck({ name: 'api', url: 'https://api.example' });
    current.dataset.setDown(id, new Date('2026-11-28T09:56:00Z'));
    const down = await get('/v1/uptime?status=down');
    assert.deepEqual(
      down.body.data.map((check) => [check.id, check.status]),
      [[id, 'down']],
    );
    const periods = await get(`/v1/uptime/${id}/periods`);
    assert.deepEqual(periods.body.data[0], { created_at: '2026-11-28T09:56:00Z', status: 'down' });
    assert.equal(periods.body.data[1]?.ended_at, '2026-11-28T09:56:00Z');
    assert.equal((await get('/v1/uptime/999/periods')).status, 404);
  });

  it('pages periods newest first through links.next', async () => {
    const current = await start();
    const id = current.dataset.addCheck({
      name: 'flappy',
      url: 'https://f.example',
      since: new Date('2026-11-01T00:00:00Z'),
    });
    for (let hour = 1; hour <= 12; hour += 1) {
      const at = Date.parse('2026-11-01T00:00:00Z') + hour * 3_600_000;
      if (hour % 2) current.dataset.setDown(id, at);
      else current.dataset.setUp(id, at);
    }
    const seen: string[] = [];
    let path: string | null = `/v1/uptime/${id}/periods?limit=5`;
    while (path) {
      const page = await get(path);
      seen.push(...page.body.data.map((period) => String(period.created_at)));
      const next = page.body.links.next ? new URL(page.body.links.next) : null;
      path = next ? `${next.pathname}${next.search}` : null;
    }
    assert.equal(seen.length, 13);
    assert.deepEqual(seen, [...seen].sort().reverse());
  });

  it('sends x-ratelimit-* on every answer and really refuses over the burst limit', async () => {
    await start({
      rateLimits: [
        { limit: 60, windowSeconds: 60 },
        { limit: 5, windowSeconds: 1 },
      ],
    });
    const answers = [];
    for (let i = 0; i < 6; i += 1) answers.push(await get('/v1/uptime', i === 0 ? 'wrong' : TOKEN));
    assert.deepEqual(
      answers.map((answer) => answer.status),
      [403, 200, 200, 200, 200, 429],
    );
    // The first number is the limit applied now: the burst window, with fewer left.
    assert.equal(answers[0]?.headers.get('x-ratelimit-limit'), '5, 60;w=60, 5;w=1');
    assert.equal(answers[0]?.headers.get('x-ratelimit-remaining'), '4');
    assert.equal(answers[5]?.headers.get('x-ratelimit-remaining'), '0');
    assert.equal(answers[5]?.headers.get('x-ratelimit-reset'), '1');
    assert.equal(server?.requests.length, 6);
  });
});
