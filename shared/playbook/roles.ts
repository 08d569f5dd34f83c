import type { Bilingual } from './text.ts';

/**
 * The "Expertise" column of §1.5 of the seed, one entry per distinct role.
 *
 * The seed lists several people per role; people are not part of the default playbook
 * (their details were redacted) and come from the user's own contacts file. What survived
 * the redaction is the domain of their e-mail addresses, and so their organisations.
 */
export interface RoleDefinition {
  readonly id: string;
  readonly title: Bilingual;
  /**
   * Organisation ids of the role's rows in §1.5, as their addresses (or, for Freedom
   * Internet, the name column) show them; empty where the seed redacted the whole address.
   */
  readonly organisations: readonly string[];
}

export const roles: readonly RoleDefinition[] = [
  {
    id: 'cio-director',
    title: { nl: 'CIO Office – Directeur', en: 'CIO Office – Director' },
    organisations: ['vws'],
  },
  {
    id: 'cio-deputy',
    title: { nl: 'CIO Office – plv CIO', en: 'CIO Office – Deputy CIO' },
    organisations: ['vws'],
  },
  {
    id: 'political',
    title: { nl: 'Politieke afstemming', en: 'Political alignment' },
    organisations: ['vws', 'bzk'],
  },
  {
    id: 'security-coordination',
    title: { nl: 'Security – coördinatie', en: 'Security – coordination' },
    organisations: ['coronamelder'],
  },
  {
    id: 'privacy-coordination',
    title: { nl: 'Privacy – coördinatie', en: 'Privacy – coordination' },
    organisations: ['coronamelder'],
  },
  // The row's other domain was redacted down to its ending (".email").
  { id: 'build-team', title: { nl: 'Bouwteam', en: 'Build team' }, organisations: ['dictu'] },
  {
    id: 'build-incident-management',
    title: { nl: 'Bouwteam – Incident management', en: 'Build team – Incident management' },
    organisations: ['newnexus'],
  },
  {
    id: 'build-apps-backend',
    title: { nl: 'Bouwteam – apps/backend', en: 'Build team – apps/backend' },
    organisations: [],
  },
  {
    id: 'build-ggd-portal',
    title: { nl: 'Bouwteam – GGD-portaal', en: 'Build team – GGD portal' },
    organisations: ['windesheim'],
  },
  {
    id: 'build-google-apple',
    title: { nl: 'Bouwteam – Google/Apple', en: 'Build team – Google/Apple' },
    organisations: ['dictu'],
  },
  {
    id: 'build-overall',
    title: { nl: 'Bouwteam – overall', en: 'Build team – overall' },
    organisations: ['webweaving'],
  },
  {
    id: 'comms-coordination',
    title: { nl: 'Communicatie – coördinatie', en: 'Communication – coordination' },
    organisations: ['bzk'],
  },
  {
    id: 'comms-helpdesk',
    title: {
      nl: 'Communicatie – helpdesk (telefonie, e-mail, webcare)',
      en: 'Communication – helpdesk (phone, e-mail, web care)',
    },
    organisations: ['webhelp'],
  },
  {
    id: 'comms-website',
    title: {
      nl: 'Communicatie – website / tech community',
      en: 'Communication – website / tech community',
    },
    organisations: [],
  },
  {
    id: 'comms-website-hosting',
    title: { nl: 'Communicatie – websitehosting', en: 'Communication – website hosting' },
    organisations: ['coronamelder', 'freedom-internet'],
  },
  {
    id: 'adoption-coordination',
    title: { nl: 'Adoptie – coördinatie', en: 'Adoption – coordination' },
    organisations: ['pblq'],
  },
  {
    id: 'ggd-coordination',
    title: { nl: 'GGD – coördinatie', en: 'GGD – coordination' },
    organisations: ['vws'],
  },
  {
    id: 'cibg-project',
    title: { nl: 'CIBG – Project', en: 'CIBG – Project' },
    organisations: ['cibg'],
  },
  {
    id: 'cibg-operations',
    title: { nl: 'CIBG – Beheer', en: 'CIBG – Operations' },
    organisations: ['cibg'],
  },
  {
    id: 'kpn-infra',
    title: { nl: 'KPN – infra / coördinatie', en: 'KPN – infrastructure / coordination' },
    organisations: ['kpn'],
  },
];
