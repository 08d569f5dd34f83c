import type { z } from 'zod';
import { domainIds } from '../playbook/domains.ts';

/** One thing wrong with a config file, in words a person who wrote it can act on. */
export interface ConfigIssue {
  /** Path inside the document, e.g. `sources[1].interval`; empty for the whole document. */
  readonly path: string;
  readonly message: string;
  /** Where in the file the offending value is written, when the file could be parsed. */
  readonly position?: FilePosition;
}

/** 1-based, as editors count. */
export interface FilePosition {
  readonly line: number;
  readonly column: number;
}

/** An issue whose path is still a list of keys, before it is formatted and placed in the file. */
export interface PathIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  /** The key at the end of the path is at fault (it is unknown), not its value. */
  readonly onKey?: boolean;
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

/** `file:line:column: path: message`, the shape compilers use, so editors and terminals link it. */
export function formatIssue(file: string, issue: ConfigIssue): string {
  const where = issue.position ? `${file}:${issue.position.line}:${issue.position.column}` : file;
  return issue.path ? `${where}: ${issue.path}: ${issue.message}` : `${where}: ${issue.message}`;
}

/**
 * Path issues → config issues, each with where it is written, in the order of the file: the
 * order a person fixes them in, whichever check found them.
 */
export function placeIssues(
  issues: readonly PathIssue[],
  locate: (path: readonly PropertyKey[], onKey?: boolean) => FilePosition | undefined,
): ConfigIssue[] {
  const placed = issues.map((issue) => {
    const position = locate(issue.path, issue.onKey);
    const text = { path: formatPath(issue.path), message: issue.message };
    return position ? { ...text, position } : text;
  });
  return placed.sort(byPosition);
}

/** Whole-file issues (no position) first, then by line and column. */
function byPosition(a: ConfigIssue, b: ConfigIssue): number {
  if (!a.position || !b.position) return Number(Boolean(a.position)) - Number(Boolean(b.position));
  return a.position.line - b.position.line || a.position.column - b.position.column;
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

/** Zod issues → config issues, their paths formatted (`sources[1].interval`). */
export function toConfigIssues(issues: readonly z.core.$ZodIssue[]): ConfigIssue[] {
  return toPathIssues(issues).map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
}

/**
 * Zod issues → issues at paths. Messages say what was expected and never quote the value
 * found, since a value in the wrong place may be a pasted secret.
 */
export function toPathIssues(issues: readonly z.core.$ZodIssue[]): PathIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const hint = unknownKeyHint(issue.path);
      return issue.keys.map((key) => ({ path: [...issue.path, key], message: hint, onKey: true }));
    }
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // The options' issues are relative to the union's value: put them under its path.
      const nested = issue.errors.flat().map((inner) => ({
        ...inner,
        path: [...issue.path, ...inner.path],
      }));
      return toPathIssues(nested);
    }
    return [{ path: issue.path, message: `expected ${expectation(issue)}` }];
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
