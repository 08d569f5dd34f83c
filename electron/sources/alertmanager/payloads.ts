import { z } from 'zod';

/**
 * What Alertmanager's API v2 sends (docs/sources.md, "Alertmanager"), the parts the client
 * reads: `GET /api/v2/alerts`, a bare array of gettableAlert, and `GET /api/v2/status`.
 * Unknown keys are stripped.
 */

const labelMap = z.record(z.string(), z.string());
const stringList = z
  .array(z.string())
  .nullish()
  .transform((list) => list ?? []); // Go marshals an empty list as null.

export const gettableAlertSchema = z.object({
  fingerprint: z.string().min(1),
  labels: labelMap,
  annotations: labelMap.nullish(),
  startsAt: z.iso.datetime({ offset: true }),
  // Alertmanager leaves it out when the sender gave none.
  generatorURL: z.string().nullish(),
  status: z.object({
    state: z.enum(['active', 'suppressed', 'unprocessed']),
    silencedBy: stringList,
    inhibitedBy: stringList,
  }),
});

export type GettableAlert = z.infer<typeof gettableAlertSchema>;

export const statusSchema = z.object({
  cluster: z.object({
    status: z.enum(['ready', 'settling', 'disabled']),
    peers: z.array(z.unknown()).nullish(),
  }),
  versionInfo: z.object({ version: z.string().max(100).optional() }).nullish(),
});
