import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Check } from '../signals/signals.ts';
import { MINUTE, NOW, check, config } from '../rules/testing/rule-fixtures.ts';
import { CheckHistory } from './check-history.ts';
import { buildCheckStrips } from './check-strips.ts';

const HOUR_SPAN = { from: NOW.getTime() - 60 * MINUTE, to: NOW.getTime() };
const t = (minutes: number) => new Date(NOW.getTime() + minutes * MINUTE);

function historyWith(checks: readonly Check[]): CheckHistory {
  const history = new CheckHistory();
  history.record(checks, t(-30));
  return history;
}

describe('check strips', () => {
  const portal = check({ id: 'portal', name: 'GGD-portaal', tags: ['ggd-portal'] });
  const site = check({ id: 'site', name: 'coronamelder.nl', tags: ['website'] });
  const both = check({ id: 'both', name: 'Both', tags: ['website', 'ggd-portal'] });
  const elsewhere = check({ id: 'api', name: 'API', tags: ['backend'] });

  it('draws the checks GGD-portaal and Website pick, with the domains that pick them', () => {
    const strips = buildCheckStrips(
      config(),
      historyWith([site, portal, both, elsewhere]),
      HOUR_SPAN,
    );
    assert.deepEqual(
      strips.map(({ id, name, domains }) => ({ id, name, domains })),
      [
        { id: 'portal', name: 'GGD-portaal', domains: ['ggd-portal'] },
        { id: 'both', name: 'Both', domains: ['ggd-portal', 'website'] },
        { id: 'site', name: 'coronamelder.nl', domains: ['website'] },
      ],
    );
    assert.deepEqual(strips[0]?.segments, [
      { status: 'unknown', from: t(-60).toISOString(), to: t(-30).toISOString() },
      { status: 'up', from: t(-30).toISOString(), to: t(0).toISOString() },
    ]);
  });

  it('picks checks by a check-down rule’s own tags, as the rule does', () => {
    const byRule = config(`domains:
  website:
    rules: [{ kind: check-down, tags: [backend] }]
`);
    const strips = buildCheckStrips(byRule, historyWith([site, elsewhere]), HOUR_SPAN);
    assert.deepEqual(
      strips.map((strip) => [strip.id, strip.domains]),
      [['api', ['website']]],
    );
  });

  it('draws nothing for checks no selector picks, or without checks', () => {
    assert.deepEqual(buildCheckStrips(config(), historyWith([elsewhere]), HOUR_SPAN), []);
    assert.deepEqual(buildCheckStrips(config(), new CheckHistory(), HOUR_SPAN), []);
  });

  it('merges the shortest segments of a flapping check down to MAX_CHART_POINTS', () => {
    const history = new CheckHistory();
    for (let second = 0; second < 3600; second += 5) {
      const status = second % 10 === 0 ? 'up' : 'down';
      history.record([{ ...site, status }], new Date(HOUR_SPAN.from + second * 1000));
    }
    const [strip] = buildCheckStrips(config(), history, HOUR_SPAN);
    assert.equal(strip?.segments.length, 400);
    assert.equal(strip?.segments[0]?.from, t(-60).toISOString());
    assert.equal(strip?.segments[399]?.to, t(0).toISOString());
  });
});
