import type { Snapshot } from './snapshot-schema.ts';

/**
 * The monitoring-plugin convention (Nagios): 0 ok, 1 warning, 2 critical, 3 unknown. Every
 * command exits by it (docs/contracts.md), so a cron job or a monitor reads any of them alike.
 */
export const EXIT_OK = 0;
export const EXIT_WARNING = 1;
export const EXIT_CRITICAL = 2;
export const EXIT_UNKNOWN = 3;

/** `verify`: the store opened, but its integrity or hash chain is broken (critical). */
export const EXIT_BROKEN = EXIT_CRITICAL;
/**
 * A command that could not do its work: a usage error, an unusable config, events it could
 * not write, anything unforeseen. Never 1, which monitoring reads as WARNING.
 */
export const EXIT_FAILED = EXIT_UNKNOWN;

/** docs/contracts.md: 2 if any domain is critical, else 1 if any warning, else 3 if any unknown, else 0. */
export function snapshotExitCode(snapshot: Snapshot): number {
  const statuses = new Set(snapshot.domains.map((domain) => domain.status));
  if (statuses.has('critical')) return EXIT_CRITICAL;
  if (statuses.has('warning')) return EXIT_WARNING;
  if (statuses.has('unknown')) return EXIT_UNKNOWN;
  return EXIT_OK;
}
