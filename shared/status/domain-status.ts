import type { DomainStatus, Mark, SourceState } from '../snapshot/snapshot-schema.ts';

/**
 * docs/contracts.md: critical (a critical mark), warning (a warning mark), unknown (no fresh data
 * from a source that feeds it, and nothing worse), ok (every feeding source fresh, no
 * marks). A domain that no configured source feeds has no fresh data, so it is unknown:
 * never a green that nothing stands behind.
 */
export function deriveDomainStatus(
  marks: readonly Mark[],
  feeding: readonly SourceState[],
): DomainStatus {
  if (marks.some((mark) => mark.severity === 'critical')) return 'critical';
  if (marks.some((mark) => mark.severity === 'warning')) return 'warning';
  if (feeding.length === 0 || feeding.some((source) => source.health !== 'ok')) return 'unknown';
  return 'ok';
}
