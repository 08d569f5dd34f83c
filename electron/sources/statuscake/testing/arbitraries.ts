import fc from 'fast-check';

/** fast-check generators for StatusCake payloads and their mutations (docs/reliability.md, "Bad input"). */

const isoTime = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T23:59:59Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z'));
const status = fc.constantFrom('up', 'down');

const uptimeOverview = fc.record({
  id: fc.stringMatching(/^[1-9][0-9]{0,9}$/),
  name: fc.string({ maxLength: 40 }),
  website_url: fc.webUrl(),
  test_type: fc.constantFrom('DNS', 'HEAD', 'HTTP', 'PING', 'SMTP', 'SSH', 'TCP'),
  check_rate: fc.constantFrom(0, 30, 60, 300, 900, 1800, 3600, 86400),
  contact_groups: fc.array(fc.stringMatching(/^[0-9]{1,6}$/), { maxLength: 3 }),
  paused: fc.boolean(),
  status,
  tags: fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }),
  uptime: fc.double({ min: 0, max: 100, noNaN: true }),
});

export const validUptimePage = fc.record({
  data: fc.array(uptimeOverview, { maxLength: 8 }),
  metadata: fc.record({
    page: fc.integer({ min: 1, max: 5 }),
    per_page: fc.constant(100),
    page_count: fc.integer({ min: 0, max: 5 }),
    total_count: fc.integer({ min: 0, max: 500 }),
  }),
});

const period = fc.record({
  created_at: isoTime,
  ended_at: fc.option(isoTime, { nil: undefined }),
  duration: fc.nat(),
  status,
});

export const validPeriodsPage = fc.record({
  data: fc.array(period, { maxLength: 8 }),
  links: fc.record({
    self: fc.constant('https://api.statuscake.com/v1/uptime/1/periods'),
    next: fc.option(
      fc
        .nat({ max: 4_000_000_000 })
        .map((before) => `https://api.statuscake.com/v1/uptime/1/periods?before=${before}`),
      { nil: undefined },
    ),
  }),
});

const DELETE = Symbol('delete');

/** Values that break parsers: wrong types, wrong casing, impossible dates, huge strings. */
const nasty = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.string(),
  fc.constantFrom<unknown>(
    null,
    '',
    'Up',
    'DOWN',
    -1,
    1.5,
    1e21,
    6543210,
    [],
    {},
    'x'.repeat(5000),
  ),
  fc.constantFrom(
    '2020-02-30T00:00:00Z',
    '9999-12-31T23:59:59.999999999-23:59',
    '2026-11-28T10:00:00+0000',
  ),
  fc.constant(DELETE),
);

/** A valid payload with one to three of its nodes replaced or deleted. */
export function mutation(value: unknown): fc.Arbitrary<unknown> {
  const all = paths(value);
  const edit = fc.tuple(fc.integer({ min: 0, max: all.length - 1 }), nasty);
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => {
    let mutated = structuredClone(value);
    for (const [index, replacement] of edits)
      mutated = setAt(mutated, all[index] ?? [], replacement);
    return mutated;
  });
}

type Path = readonly (string | number)[];

function paths(value: unknown, prefix: Path = []): Path[] {
  const found: Path[] = [prefix];
  if (typeof value !== 'object' || value === null) return found;
  for (const [key, child] of Object.entries(value)) {
    found.push(...paths(child, [...prefix, Array.isArray(value) ? Number(key) : key]));
  }
  return found;
}

function setAt(root: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement === DELETE ? undefined : replacement;
  let parent = root as Record<string | number, unknown> | null;
  for (const key of path.slice(0, -1)) {
    const next = parent?.[key];
    if (typeof next !== 'object' || next === null) return root;
    parent = next as Record<string | number, unknown>;
  }
  const last = path.at(-1) as string | number;
  if (parent === null || typeof parent !== 'object') return root;
  if (replacement === DELETE) delete parent[last];
  else parent[last] = replacement;
  return root;
}
