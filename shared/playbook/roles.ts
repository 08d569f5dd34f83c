import type { Bilingual } from './text.ts';

/**
 * The "Expertise" column of §1.5 of the seed, one entry per distinct role.
 *
 * The seed lists several people per role; people are not part of the default playbook
 * (their details were redacted) and come from the user's own contacts file.
 */
export interface RoleDefinition {
  readonly id: string;
  readonly title: Bilingual;
}

export const roles: readonly RoleDefinition[] = [
  { id: 'cio-director', title: { nl: 'CIO Office – Directeur', en: 'CIO Office – Director' } },
  { id: 'cio-deputy', title: { nl: 'CIO Office – plv CIO', en: 'CIO Office – Deputy CIO' } },
  { id: 'political', title: { nl: 'Politieke afstemming', en: 'Political alignment' } },
  {
    id: 'security-coordination',
    title: { nl: 'Security – coördinatie', en: 'Security – coordination' },
  },
  {
    id: 'privacy-coordination',
    title: { nl: 'Privacy – coördinatie', en: 'Privacy – coordination' },
  },
  { id: 'build-team', title: { nl: 'Bouwteam', en: 'Build team' } },
  {
    id: 'build-incident-management',
    title: { nl: 'Bouwteam – Incident management', en: 'Build team – Incident management' },
  },
  {
    id: 'build-apps-backend',
    title: { nl: 'Bouwteam – apps/backend', en: 'Build team – apps/backend' },
  },
  {
    id: 'build-ggd-portal',
    title: { nl: 'Bouwteam – GGD-portaal', en: 'Build team – GGD portal' },
  },
  {
    id: 'build-google-apple',
    title: { nl: 'Bouwteam – Google/Apple', en: 'Build team – Google/Apple' },
  },
  { id: 'build-overall', title: { nl: 'Bouwteam – overall', en: 'Build team – overall' } },
  {
    id: 'comms-coordination',
    title: { nl: 'Communicatie – coördinatie', en: 'Communication – coordination' },
  },
  {
    id: 'comms-helpdesk',
    title: {
      nl: 'Communicatie – helpdesk (telefonie, e-mail, webcare)',
      en: 'Communication – helpdesk (phone, e-mail, web care)',
    },
  },
  {
    id: 'comms-website',
    title: {
      nl: 'Communicatie – website / tech community',
      en: 'Communication – website / tech community',
    },
  },
  {
    id: 'comms-website-hosting',
    title: { nl: 'Communicatie – websitehosting', en: 'Communication – website hosting' },
  },
  {
    id: 'adoption-coordination',
    title: { nl: 'Adoptie – coördinatie', en: 'Adoption – coordination' },
  },
  { id: 'ggd-coordination', title: { nl: 'GGD – coördinatie', en: 'GGD – coordination' } },
  { id: 'cibg-project', title: { nl: 'CIBG – Project', en: 'CIBG – Project' } },
  { id: 'cibg-operations', title: { nl: 'CIBG – Beheer', en: 'CIBG – Operations' } },
  {
    id: 'kpn-infra',
    title: { nl: 'KPN – infra / coördinatie', en: 'KPN – infrastructure / coordination' },
  },
];
