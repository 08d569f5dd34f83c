import type { MarkRuleKind } from '../marks/rule-kind.ts';
import type { DomainId } from './domains.ts';
import type { Bilingual } from './text.ts';

/**
 * The escalation criteria of §1.4 of the seed ("Aanleiding"), one per condition the seed
 * names, so every mark can say which one it implements. `words.nl` is the seed's own wording;
 * Escalatie names two conditions in one cell, and so has two criteria.
 */
export interface CriterionDefinition {
  readonly id: string;
  readonly domain: DomainId;
  readonly words: Bilingual;
}

export const criteria: readonly CriterionDefinition[] = [
  {
    id: 'helpdesk-rise',
    domain: 'helpdesk',
    words: {
      nl: 'Toename van een bepaalde/opvallende melding',
      en: 'Rise of one particular or notable kind of report',
    },
  },
  {
    id: 'ggd-portal-disruption',
    domain: 'ggd-portal',
    words: { nl: 'Verstoring op het GGD-portaal', en: 'Disruption of the GGD portal' },
  },
  {
    id: 'security-soc-report',
    domain: 'security',
    words: { nl: 'Melding vanuit SOC', en: 'Report from the SOC' },
  },
  {
    id: 'privacy-disruption',
    domain: 'privacy',
    words: { nl: 'Privacy gerelateerde verstoring', en: 'Privacy-related disruption' },
  },
  {
    id: 'alerting-monitoring',
    domain: 'alerting',
    words: {
      nl: 'Melding vanuit monitoring (ELK/StatusCake)',
      en: 'Alert from monitoring (ELK/StatusCake)',
    },
  },
  {
    id: 'website-disruption',
    domain: 'website',
    words: { nl: 'Verstoring', en: 'Disruption' },
  },
  {
    id: 'escalation-p0-p1',
    domain: 'escalation',
    words: { nl: 'P0/P1 verstoring', en: 'P0/P1 disruption' },
  },
  {
    id: 'escalation-blocked',
    domain: 'escalation',
    words: {
      nl: 'blokkade bestaande processen/afspraken',
      en: 'existing processes or agreements blocked',
    },
  },
];

/**
 * The criterion a rule of a domain implements: the domain's own, except on Escalatie, where a
 * critical mark nobody acknowledged in time means the agreed process is blocked — and so does a
 * criterion met by hand there: a P0/P1 is in TOPdesk, a blocked process or agreement is not.
 */
export function criterionFor(domain: DomainId, rule: MarkRuleKind): CriterionDefinition {
  const id =
    domain === 'escalation'
      ? rule === 'unacknowledged' || rule === 'criterion-met'
        ? 'escalation-blocked'
        : 'escalation-p0-p1'
      : criteria.find((criterion) => criterion.domain === domain)?.id;
  const found = criteria.find((criterion) => criterion.id === id);
  if (!found) throw new Error(`no criterion for the domain ${domain}`);
  return found;
}

export function criterionById(id: string): CriterionDefinition | undefined {
  return criteria.find((criterion) => criterion.id === id);
}
