import type { z } from 'zod';
import { domainIds } from '../playbook/domains.ts';

/** One thing wrong with a config file, in words a person who wrote it can act on. */
export interface ConfigIssue {
  /** Path inside the document, e.g. `sources[1].interval`; empty for the whole document. */
  readonly path: string;
  readonly message: string;
}

/** A config that cannot be used: the file and everything wrong with it. */
export class ConfigError extends Error {
  readonly file: string;
  readonly issues: readonly ConfigIssue[];

  constructor(file: string, issues: readonly ConfigIssue[]) {
    super(issues.map((issue) => formatIssue(file, issue)).join('\n'));
    this.name = 'ConfigError';
    this.file = file;
    this.issues = issues;
  }
}

export function formatIssue(file: string, issue: ConfigIssue): string {
  return issue.path ? `${file}: ${issue.path}: ${issue.message}` : `${file}: ${issue.message}`;
}

/** `['sources', 1, 'interval']` → `sources[1].interval`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      const plain = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(name) ? name : JSON.stringify(name);
      return index === 0 ? plain : `.${plain}`;
    })
    .join('');
}

/**
 * Zod issues → config issues. Messages say what was expected and never quote the value
 * found, since a value in the wrong place may be a pasted secret.
 */
export function toConfigIssues(issues: readonly z.core.$ZodIssue[]): ConfigIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const hint = unknownKeyHint(issue.path);
      return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: hint }));
    }
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      return toConfigIssues(issue.errors.flat());
    }
    return [{ path: formatPath(issue.path), message: `expected ${expectation(issue)}` }];
  });
}

function unknownKeyHint(path: readonly PropertyKey[]): string {
  if (path.length === 1 && path[0] === 'domains')
    return `unknown domain (expected one of ${domainIds.join(', ')})`;
  return 'unknown key (check its spelling and indentation)';
}

function expectation(issue: z.core.$ZodIssue): string {
  const expected = issue.message.replace(/^Invalid input: expected /, '');
  return issue.code === 'invalid_type' && issue.input === undefined
    ? `${expected} (missing)`
    : expected;
}
