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
}

export const resolverGroups: readonly ResolverGroupDefinition[] = [
  {
    id: 'cibg-service-desk',
    name: 'CIBG service desk',
    subject: { nl: 'Incident melden', en: 'Reporting an incident' },
    reach: null,
  },
  {
    id: 'cibg-technical-operations',
    name: 'CIBG technisch beheer',
    subject: { nl: 'Middleware / GGD-portaal', en: 'Middleware / GGD portal' },
    reach: null,
  },
  {
    id: 'build-team',
    name: 'Bouwteam',
    subject: { nl: 'App / GGD-portaal / backend', en: 'App / GGD portal / backend' },
    reach: 'Slack #infra-general',
  },
  {
    id: 'kpn-cloudservices',
    name: 'KPN Cloudservices',
    subject: { nl: 'Netwerk, hosting, colocatie', en: 'Network, hosting, colocation' },
    reach: null,
  },
  {
    id: 'kpn-enterprise-service-desk',
    name: 'KPN Enterprise Service Desk',
    subject: { nl: 'CDN / SOC-SIEM', en: 'CDN / SOC-SIEM' },
    reach: null,
  },
];
