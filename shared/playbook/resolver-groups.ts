import type { Bilingual } from './text.ts';

/**
 * The resolver groups ("oplosgroepen") of §1.3 of the seed: every incident is registered
 * in TOPdesk by the CIBG service desk and, after first analysis, routed to one of these.
 */
export interface ResolverGroupDefinition {
  readonly id: string;
  /** The group as it is named in the seed, and so in TOPdesk. */
  readonly name: string;
  /** "Betreft": the subjects the seed routes to this group. */
  readonly subject: Bilingual;
  /** "Bereikbaar via", where the seed names a channel rather than a redacted number. */
  readonly reach: string | null;
  /**
   * Organisation ids of the group, as its row of §1.3 shows them: by name (CIBG, KPN) or
   * by the domain of the address it is reached at (the Bouwteam's is cyberoperaties.nl,
   * though the team itself has people from several organisations, see §1.5).
   */
  readonly organisations: readonly string[];
}

export const resolverGroups: readonly ResolverGroupDefinition[] = [
  {
    id: 'cibg-service-desk',
    name: 'CIBG service desk',
    subject: { nl: 'Incident melden', en: 'Reporting an incident' },
    reach: null,
    organisations: ['cibg'],
  },
  {
    id: 'cibg-technical-operations',
    name: 'CIBG technisch beheer',
    subject: { nl: 'Middleware / GGD-portaal', en: 'Middleware / GGD portal' },
    reach: null,
    organisations: ['cibg'],
  },
  {
    id: 'build-team',
    name: 'Bouwteam',
    subject: { nl: 'App / GGD-portaal / backend', en: 'App / GGD portal / backend' },
    reach: 'Slack #infra-general',
    organisations: ['cyberoperaties'],
  },
  {
    id: 'kpn-cloudservices',
    name: 'KPN Cloudservices',
    subject: { nl: 'Netwerk, hosting, colocatie', en: 'Network, hosting, colocation' },
    reach: null,
    organisations: ['kpn'],
  },
  {
    id: 'kpn-enterprise-service-desk',
    name: 'KPN Enterprise Service Desk',
    subject: { nl: 'CDN / SOC-SIEM', en: 'CDN / SOC-SIEM' },
    reach: null,
    organisations: ['kpn'],
  },
];
