import type { Playbook } from '../playbook/playbook.ts';
import type { Language } from '../playbook/text.ts';
import type { DomainStatus, Snapshot } from './snapshot-schema.ts';

const STATE: Readonly<Record<DomainStatus, string>> = {
  critical: 'CRITICAL',
  warning: 'WARNING',
  unknown: 'UNKNOWN',
  ok: 'OK',
};

const ALL_OK: Readonly<Record<Language, (domains: number) => string>> = {
  nl: (domains) => `alle ${domains} domeinen in orde`,
  en: (domains) => `all ${domains} domains ok`,
};

/**
 * The first line a monitoring plugin prints, which Nagios and Icinga show on their own:
 * `DIJKWACHT CRITICAL - Privacy, Escalatie | critical=2;;;0;7 …`. The state words are the
 * plugin API's (English in every language); the text names the worst domains; after `|` the
 * performance data, `label=value;warn;crit;min;max` as the monitoring-plugins guidelines say.
 */
export function monitoringLine(
  snapshot: Snapshot,
  playbook: Pick<Playbook, 'domains'>,
  language: Language,
): string {
  const worst = (['critical', 'warning', 'unknown'] as const).find((status) =>
    snapshot.domains.some((domain) => domain.status === status),
  );
  const text = worst
    ? snapshot.domains
        .filter((domain) => domain.status === worst)
        .map(
          (domain) =>
            playbook.domains.find((d) => d.id === domain.id)?.title[language] ?? domain.id,
        )
        .join(', ')
    : ALL_OK[language](snapshot.domains.length);
  return `DIJKWACHT ${STATE[worst ?? 'ok']} - ${text} | ${performanceData(snapshot)}`;
}

function performanceData(snapshot: Snapshot): string {
  const domains = snapshot.domains.length;
  const count = (status: DomainStatus) =>
    snapshot.domains.filter((domain) => domain.status === status).length;
  const failing = snapshot.sources.filter((source) => source.health === 'failing').length;
  return [
    `critical=${count('critical')};;;0;${domains}`,
    `warning=${count('warning')};;;0;${domains}`,
    `unknown=${count('unknown')};;;0;${domains}`,
    `sources_failing=${failing};;;0;${snapshot.sources.length}`,
  ].join(' ');
}
