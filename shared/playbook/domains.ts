import type { Bilingual } from './text.ts';

/** The fixed domain ids of design.md, in playbook order; part of the public contract. */
export const domainIds = [
  'helpdesk',
  'ggd-portal',
  'security',
  'privacy',
  'alerting',
  'website',
  'escalation',
] as const;
export type DomainId = (typeof domainIds)[number];

/** One row of the "verhoogde dijkbewaking" table, §1.4 of the seed. */
export interface DomainDefinition {
  readonly id: DomainId;
  readonly title: Bilingual;
  /** "Aanleiding": what makes this domain's line go. */
  readonly trigger: Bilingual;
  /** "Communicatielijnen": who contacts whom, and how. */
  readonly line: Bilingual;
  /** Role ids of §1.5 that act on this domain, most directly involved first. */
  readonly roles: readonly string[];
  /**
   * Resolver-group ids of §1.3 that take this domain's subjects; a ticket elsewhere gets a
   * routing warning. Empty where §1.3 routes nothing (the website's hosting, escalation).
   */
  readonly resolverGroups: readonly string[];
}

export const domains: readonly DomainDefinition[] = [
  {
    id: 'helpdesk',
    title: { nl: 'Helpdesk', en: 'Helpdesk' },
    trigger: {
      nl: 'Toename van een bepaalde/opvallende melding',
      en: 'Rise of one particular or notable kind of report',
    },
    line: {
      nl: 'Webhelp heeft rechtstreeks contact met het bouwteam',
      en: 'Webhelp (helpdesk) contacts the build team directly',
    },
    roles: ['comms-helpdesk', 'build-team', 'build-incident-management'],
    resolverGroups: ['cibg-service-desk', 'build-team'],
  },
  {
    id: 'ggd-portal',
    title: { nl: 'GGD-portaal', en: 'GGD portal' },
    trigger: { nl: 'Verstoring op het GGD-portaal', en: 'Disruption of the GGD portal' },
    line: {
      nl: 'Appgroep GGD, met leden van het bouwteam',
      en: 'GGD app group, with build-team members',
    },
    roles: ['build-ggd-portal', 'ggd-coordination', 'cibg-operations'],
    resolverGroups: ['cibg-technical-operations', 'build-team'],
  },
  {
    id: 'security',
    title: { nl: 'Security', en: 'Security' },
    trigger: { nl: 'Melding vanuit het SOC', en: 'Report from the SOC' },
    line: {
      nl: 'CISO KPN belt de security-coördinator',
      en: 'The CISO of KPN phones the security coordinator',
    },
    roles: ['security-coordination', 'kpn-infra'],
    resolverGroups: ['kpn-enterprise-service-desk'],
  },
  {
    id: 'privacy',
    title: { nl: 'Privacy', en: 'Privacy' },
    trigger: { nl: 'Privacygerelateerde verstoring', en: 'Privacy-related disruption' },
    line: {
      nl: 'Telefonisch contact met de privacy-coördinator',
      en: 'Phone call to the privacy coordinator',
    },
    roles: ['privacy-coordination'],
    resolverGroups: ['build-team', 'cibg-service-desk'],
  },
  {
    id: 'alerting',
    title: { nl: 'Alerting', en: 'Alerting' },
    trigger: {
      nl: 'Melding vanuit monitoring (ELK/StatusCake)',
      en: 'Alert from monitoring (ELK/StatusCake)',
    },
    line: {
      nl: 'Slack #infra-general en de appgroep alerting',
      en: 'Slack #infra-general and the alerting app group',
    },
    roles: ['build-overall', 'build-apps-backend', 'kpn-infra'],
    resolverGroups: ['build-team', 'kpn-cloudservices'],
  },
  {
    id: 'website',
    title: { nl: 'Website coronamelder.nl', en: 'Website coronamelder.nl' },
    trigger: { nl: 'Verstoring of update van content', en: 'Disruption or content update' },
    line: {
      nl: 'Bellen met de websitecontactpersoon / Freedom Internet',
      en: 'Phone the website contact / Freedom Internet (hosting)',
    },
    roles: ['comms-website', 'comms-website-hosting'],
    resolverGroups: [],
  },
  {
    id: 'escalation',
    title: { nl: 'Escalatie', en: 'Escalation' },
    trigger: {
      nl: 'P0/P1-verstoring en/of blokkade van bestaande processen/afspraken',
      en: 'P0/P1 disruption and/or existing processes or agreements blocked',
    },
    line: {
      nl: 'Escalatie per telefoon naar het CIO Office',
      en: 'Escalation call up the chain to the CIO Office',
    },
    roles: ['build-incident-management', 'cio-deputy', 'cio-director'],
    resolverGroups: [],
  },
];
