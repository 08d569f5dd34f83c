import type { DomainStatus, SourceHealth } from '../../shared/snapshot/snapshot-schema.ts';
import type { MessageKey } from '../i18n/messages.ts';

/** A shape as well as a colour for each status: readable for colour-blind eyes and from 5 m. */
export const statusIcon: Readonly<Record<DomainStatus, string>> = {
  critical: '✖',
  warning: '▲',
  unknown: '?',
  ok: '✔',
};

export const statusLabel: Readonly<Record<DomainStatus, MessageKey>> = {
  critical: 'status.critical',
  warning: 'status.warning',
  unknown: 'status.unknown',
  ok: 'status.ok',
};

export const healthLabel: Readonly<Record<SourceHealth, MessageKey>> = {
  ok: 'health.ok',
  failing: 'health.failing',
  stale: 'health.stale',
};
