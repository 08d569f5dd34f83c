import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { PRIORITY_MATCH_LENGTH } from '../rules/selectors.ts';
import { parseConfigText } from './parse-config.ts';
import { MAX_PATTERN_LENGTH, regexRisk } from './safe-regex.ts';

const NESTED =
  'a regular expression without a repeated group that repeats inside or has alternatives, such as (a+)+ or (a|aa)+ (they can take exponential time)';
const BACKREFERENCE =
  'a regular expression without backreferences such as \\1 or \\k<name> (they can take exponential time)';
const TOO_MANY =
  'a regular expression with at most 2 repeats (*, + or {n,m}), so matching stays fast';
const TOO_LONG = `a regular expression of at most ${MAX_PATTERN_LENGTH} characters`;

describe('regexRisk', () => {
  const safe = [
    '^(P0|Prio 0)',
    '^(P1|Prio 1)',
    '^P[01]\\b',
    '^\\s*(P|Prio)\\s*0',
    '^(1|P1|Prio 1|Kritiek)',
    '^P\\d{1,2} - ',
    '(ab)?c',
    '(a+)?', // optional, not repeated
    '[(a+)+]', // a character class: its + and ( are plain characters
    '\\(a+\\)+', // escaped parentheses: no group
    '(?:P0){2}', // a repeated group without repeats or alternatives inside
    '\\0', // NUL, not a backreference
    'Prio \\d+',
  ];
  for (const pattern of safe)
    it(`accepts ${pattern}`, () => assert.equal(regexRisk(pattern), null));

  const risky: [string, string][] = [
    ['(a+)+', NESTED],
    ['(a*)*', NESTED],
    ['(a|aa)+', NESTED],
    ['(a|a)*$', NESTED],
    ['^(\\w+\\s?)*$', NESTED],
    ['((ab)*c)+', NESTED],
    ['(?:a{1,5}){2,}', NESTED],
    ['(x+x+)+y', NESTED],
    ['(P|Prio){2}', NESTED],
    ['(a)\\1', BACKREFERENCE],
    ['(?<p>a)\\k<p>', BACKREFERENCE],
    ['.*.*.*x', TOO_MANY],
    ['a+b+c+', TOO_MANY],
    ['a{1,30}b{2,}c*', TOO_MANY],
    ['P'.repeat(MAX_PATTERN_LENGTH + 1), TOO_LONG],
  ];
  for (const [pattern, problem] of risky)
    it(`refuses ${pattern.slice(0, 30)}`, () => assert.equal(regexRisk(pattern), problem));
});

describe('priorities: risky patterns are config errors', () => {
  function issues(priorities: string): string[] {
    const result = parseConfigText(`priorities: ${priorities}\n`, {
      fileName: 'dijkwacht.yaml',
      env: {},
    });
    return result.ok ? [] : result.error.issues.map((issue) => `${issue.path}: ${issue.message}`);
  }

  it('names the level and says what is wrong, never quoting the pattern', () => {
    assert.deepEqual(issues('{ P0: "^(P0|Prio 0)", P1: "^(a+)+$" }'), [
      `priorities.P1: expected ${NESTED}`,
    ]);
    assert.deepEqual(issues(`{ P0: "${'x'.repeat(MAX_PATTERN_LENGTH + 1)}" }`), [
      `priorities.P0: expected ${TOO_LONG}`,
    ]);
  });

  it('still reports an invalid pattern as invalid', () => {
    assert.deepEqual(issues('{ P0: "(" }'), ['priorities.P0: expected a valid regular expression']);
  });
});

describe('regexRisk on any pattern', () => {
  const pattern = fc.string({
    unit: fc.constantFrom(...'aab|()*+?{}12,[]^$\\.<>:=!k'.split('')),
    maxLength: 14,
  });

  it('always answers, whatever the text', () => {
    fc.assert(fc.property(pattern, (text) => void regexRisk(text)));
  });

  it('lets through only patterns that stay fast on a priority name of the longest kind', () => {
    const subject = `${'a'.repeat(PRIORITY_MATCH_LENGTH - 1)}!`;
    fc.assert(
      fc.property(pattern, (text) => {
        let compiled: RegExp;
        try {
          compiled = new RegExp(text, 'i');
        } catch {
          return;
        }
        if (regexRisk(text) !== null) return;
        const started = performance.now();
        compiled.test(subject);
        assert.ok(
          performance.now() - started < 200,
          `${text} took ${performance.now() - started} ms`,
        );
      }),
      { numRuns: 2_000 },
    );
  });
});
