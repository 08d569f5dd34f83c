import type { Bilingual } from './text.ts';

/** The fixed domain ids (docs/contracts.md), in playbook order; part of the public contract. */
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
  /**
   * "Communicatielijnen", rendered as the seed wrote it, short enough for a wall tile: where
   * the seed redacted a person the text says so rather than naming anyone it did not.
   */
  readonly line: Bilingual;
  /** Role ids the seed's line itself names ("bouwteam", "CISO KPN", "Webhelp"). */
  readonly lineRoles: readonly string[];
  /**
   * True when the seed blanked people the line needs (who calls, who is called, who is in
   * the app group): the viewer then points to the contacts file to fill them in.
   */
  readonly lineRedacted: boolean;
  /** Role ids of §1.5 that act on this domain, most directly involved first. */
  readonly roles: readonly string[];
  /**
   * Resolver-group ids of §1.3 that usually take this domain's subjects, for display. Whether
   * a ticket sits well is decided by its own subject (`routing.subjects`), not by these.
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
      nl: 'Webhelp heeft rechtstreeks contact met bouwteam (namen geredigeerd)',
      en: 'Webhelp contacts the build team directly (names redacted)',
    },
    lineRoles: ['comms-helpdesk', 'build-team'],
    lineRedacted: true,
    // Google/Apple (our reading): reports about installing, Bluetooth or notifications may be
    // app-store or Android/iOS trouble, which that role takes up with the platforms.
    roles: ['comms-helpdesk', 'build-team', 'build-incident-management', 'build-google-apple'],
    resolverGroups: ['cibg-service-desk', 'build-team'],
  },
  {
    id: 'ggd-portal',
    title: { nl: 'GGD-portaal', en: 'GGD portal' },
    trigger: { nl: 'Verstoring op het GGD-portaal', en: 'Disruption of the GGD portal' },
    line: {
      nl: 'Appgroep GGD, met drie leden namens bouwteam (namen geredigeerd)',
      en: 'GGD app group, with three build-team members (names redacted)',
    },
    lineRoles: ['build-team'],
    lineRedacted: true,
    roles: ['build-team', 'build-ggd-portal', 'ggd-coordination', 'cibg-operations'],
    resolverGroups: ['cibg-technical-operations', 'build-team'],
  },
  {
    id: 'security',
    title: { nl: 'Security', en: 'Security' },
    trigger: { nl: 'Melding vanuit het SOC', en: 'Report from the SOC' },
    line: {
      nl: 'Telefonisch contact met 5.1.2e door CISO KPN (naam geredigeerd)',
      en: 'The CISO of KPN phones 5.1.2e (name redacted)',
    },
    lineRoles: ['kpn-infra'],
    lineRedacted: true,
    roles: ['security-coordination', 'kpn-infra'],
    resolverGroups: ['kpn-enterprise-service-desk'],
  },
  {
    id: 'privacy',
    title: { nl: 'Privacy', en: 'Privacy' },
    trigger: { nl: 'Privacygerelateerde verstoring', en: 'Privacy-related disruption' },
    line: {
      nl: 'Telefonisch contact met 5.1.2e (naam geredigeerd)',
      en: 'Phone call with 5.1.2e (name redacted)',
    },
    lineRoles: [],
    lineRedacted: true,
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
      nl: 'Slack #infra-general en een appgroep (leden geredigeerd)',
      en: 'Slack #infra-general and an app group (members redacted)',
    },
    lineRoles: [],
    lineRedacted: true,
    roles: ['build-overall', 'build-apps-backend', 'kpn-infra'],
    resolverGroups: ['build-team', 'kpn-cloudservices'],
  },
  {
    id: 'website',
    title: { nl: 'Website coronamelder.nl', en: 'Website coronamelder.nl' },
    trigger: { nl: 'Verstoring of update van content', en: 'Disruption or content update' },
    line: {
      nl: 'Bellen met 5.1.2e / Freedom internet (naam geredigeerd)',
      en: 'Phone 5.1.2e / Freedom Internet (name redacted)',
    },
    lineRoles: ['comms-website-hosting'],
    lineRedacted: true,
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
      nl: 'Escalatie: 5.1.2e belt 5.1.2e (namen geredigeerd)',
      en: 'Escalation: 5.1.2e phones 5.1.2e (names redacted)',
    },
    lineRoles: [],
    lineRedacted: true,
    // Our reading, as docs/playbook.md explains: CIBG has "de regie" over informing the
    // parties (§1.3), and a P0/P1 is what reaches the public and the ministers.
    roles: [
      'build-incident-management',
      'cibg-project',
      'build-google-apple',
      'comms-coordination',
      'political',
      'cio-deputy',
      'cio-director',
    ],
    resolverGroups: [],
  },
];
