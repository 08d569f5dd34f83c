import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ticketSchema } from '../../../shared/signals/signals.ts';
import { parseJsonBody } from '../http/responses.ts';
import { SourceError } from '../source-error.ts';
import { parseIncidentPage } from './to-signals.ts';

/** A page in the documented shape (docs/sources.md), as TOPdesk would send it with 206. */
const DOC_PAGE = [
  {
    id: '0f6d2b1e-0000-4000-8000-000000000001',
    number: 'I 2611 042',
    status: 'secondLine',
    briefDescription: 'Payment API returns 502 for EU customers',
    priority: { id: '9a1c...', name: 'P1 - Critical' },
    processingStatus: { id: '325d...', name: 'In progress' },
    operatorGroup: { id: 'c0ff...', name: 'Platform Ops' },
    operator: { id: 'c0ff...', status: 'operatorGroup', name: 'Platform Ops' },
    callDate: '2026-11-28T08:12:00.000+0000',
    targetDate: '2026-11-28T12:12:00.000+0000',
    modificationDate: '2026-11-28T09:40:13.000+0000',
    completed: false,
    closed: false,
    majorCall: true,
    majorCallObject: null,
  },
  {
    id: '0f6d2b1e-0000-4000-8000-000000000002',
    number: 'I 2611 043',
    status: 'partial',
    briefDescription: 'Checkout errors (store NL)',
    priority: null,
    processingStatus: { id: '325d...', name: 'Logged' },
    operatorGroup: null,
    operator: null,
    callDate: '2026-11-28T09:20:00.000+0100',
    targetDate: null,
    modificationDate: '2026-11-28T08:21:02.000+0000',
    completed: false,
    closed: false,
    majorCall: false,
    majorCallObject: { id: '0f6d...0001', name: 'I 2611 042', status: 1, majorIncident: true },
  },
];

const valid = (value: unknown) => {
  const result = parseIncidentPage(value);
  if (result.ok)
    for (const ticket of result.value) assert.ok(ticketSchema.safeParse(ticket).success);
  return result;
};

describe('parseIncidentPage', () => {
  it('turns the documented page into tickets', () => {
    const result = parseIncidentPage(DOC_PAGE);
    assert.ok(result.ok);
    assert.deepEqual(result.value[0], {
      id: '0f6d2b1e-0000-4000-8000-000000000001',
      number: 'I 2611 042',
      briefDescription: 'Payment API returns 502 for EU customers',
      category: null,
      subcategory: null,
      priority: 'P1 - Critical',
      operatorGroup: 'Platform Ops',
      processingStatus: 'In progress',
      callDate: '2026-11-28T08:12:00.000Z',
      modificationDate: '2026-11-28T09:40:13.000Z',
      closed: false,
      completed: false,
      majorCall: true,
    });
    assert.equal(result.value[1]?.callDate, '2026-11-28T08:20:00.000Z');
    assert.equal(result.value[1]?.priority, null);
  });

  it('reads an empty page as no tickets', () =>
    assert.deepEqual(parseIncidentPage([]), { ok: true, value: [] }));

  it('clips a very long title instead of refusing the page', () => {
    const result = parseIncidentPage([{ ...DOC_PAGE[0], briefDescription: 'x'.repeat(5000) }]);
    assert.ok(result.ok);
    assert.equal(result.value[0]?.briefDescription.length, 500);
  });

  const refused: [string, unknown, RegExp][] = [
    ['an object instead of an array', { items: DOC_PAGE }, /expected array/],
    ['a missing closed flag', [{ ...DOC_PAGE[0], closed: undefined }], /at \[0\]\.closed/],
    [
      'a date in another format',
      [{ ...DOC_PAGE[0], callDate: '11-02-2021 06:32' }],
      /at \[0\]\.callDate: expected a TOPdesk date/,
    ],
    ['an empty id', [{ ...DOC_PAGE[0], id: '' }], /at \[0\]\.id/],
    ['a reference that is a string', [{ ...DOC_PAGE[0], priority: 'P1' }], /at \[0\]\.priority/],
  ];
  for (const [what, page, reason] of refused) {
    it(`refuses the whole page for ${what}`, () => {
      const result = parseIncidentPage(page);
      assert.ok(!result.ok);
      assert.match(result.error, reason);
    });
  }

  it('never names the offending value in its reason', () => {
    const result = parseIncidentPage([{ ...DOC_PAGE[0], callDate: 'SENTINEL-secret' }]);
    assert.ok(!result.ok);
    assert.doesNotMatch(result.error, /SENTINEL/);
  });
});

describe('parseIncidentPage on hostile input (fast-check)', () => {
  it('never throws and never yields an invalid ticket on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        valid(value);
      }),
      { numRuns: 10_000 },
    );
  });

  const keys = [
    ...new Set(DOC_PAGE.flatMap((incident) => Object.keys(incident))),
    'category',
    'extra',
  ];
  const mutation = fc.record({
    index: fc.nat(),
    key: fc.constantFrom(...keys),
    value: fc.oneof(
      fc.jsonValue(),
      fc.constant(undefined),
      fc.record({ id: fc.string(), name: fc.oneof(fc.string(), fc.jsonValue()) }),
      fc.string().map((text) => `2026-11-28T08:12:00.000${text}`),
    ),
  });

  it('never throws and never yields an invalid ticket on mutated incidents', () => {
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 6 }), (mutations) => {
        const page: Record<string, unknown>[] = DOC_PAGE.map((incident) => ({ ...incident }));
        for (const { index, key, value } of mutations) {
          const target = page[index % page.length] as Record<string, unknown>;
          if (value === undefined) delete target[key];
          else target[key] = value;
        }
        valid(page);
      }),
      { numRuns: 10_000 },
    );
  });

  it('reads a truncated page as a bad payload or valid tickets, nothing else', () => {
    const text = JSON.stringify(DOC_PAGE);
    fc.assert(
      fc.property(fc.nat({ max: text.length }), (cut) => {
        const response = {
          status: 206,
          headers: new Headers(),
          body: text.slice(0, cut),
          bytes: cut,
        };
        try {
          valid(parseJsonBody(response));
        } catch (error) {
          assert.ok(error instanceof SourceError && error.category === 'bad-payload');
        }
      }),
    );
  });
});
