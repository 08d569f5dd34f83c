import { z } from 'zod';
import { err, ok, type Result } from '../../../shared/result.ts';
import { describeIssue } from './alerts-response.ts';

/**
 * GET /api/v2/status, the health check: proof that the URL is an Alertmanager with API v2,
 * and its cluster state. `settling` (peers still syncing after a start) or `disabled` (no
 * cluster) is worth showing but is not an error: the alerts are still served.
 */

export interface AlertmanagerStatus {
  readonly cluster: 'ready' | 'settling' | 'disabled';
  readonly peers: number;
  readonly version: string | null;
}

const statusSchema = z.object({
  cluster: z.object({
    status: z.enum(['ready', 'settling', 'disabled']),
    peers: z.array(z.unknown()).nullish(),
  }),
  versionInfo: z.object({ version: z.string().max(100).optional() }).nullish(),
});

export function parseStatus(value: unknown): Result<AlertmanagerStatus, string> {
  const parsed = statusSchema.safeParse(value);
  if (!parsed.success) return err(describeIssue('status', parsed.error.issues[0]));
  return ok({
    cluster: parsed.data.cluster.status,
    peers: parsed.data.cluster.peers?.length ?? 0,
    version: parsed.data.versionInfo?.version ?? null,
  });
}
