/**
 * Where §1.3 routes a subject: the tickets of these TOPdesk categories and/or subcategories
 * belong with these resolver groups. The config's `routing.subjects` entries have this shape
 * (shared/config/routing-schema.ts checks them).
 */
export interface SubjectRoute {
  categories?: string[];
  subcategories?: string[];
  groups: string[];
}

/**
 * The resolver groups §1.3 of the seed routes each subject to, read as TOPdesk categories
 * (the config's `routing.subjects` replaces this list as a whole). The seed's "Betreft"
 * words are the category names; where it routes nothing (Helpdesk, Privacy) this is our
 * reading, explained in docs/playbook.md: the service desk itself, or the build team.
 */
export const defaultSubjectRoutes: readonly SubjectRoute[] = [
  // "Middleware / GGD-portaal" → CIBG technisch beheer; "App/GGD Portaal/backend" → Bouwteam.
  { categories: ['GGD-portaal'], groups: ['cibg-technical-operations', 'build-team'] },
  { categories: ['Middleware'], groups: ['cibg-technical-operations'] },
  { categories: ['App', 'Backend'], groups: ['build-team'] },
  // "Netwerk, hosting, colocation" → KPN Cloudservices.
  {
    categories: ['Netwerk', 'Hosting', 'Colocation', 'Infrastructuur'],
    groups: ['kpn-cloudservices'],
  },
  // "CDN/ SOC-SIEM" → KPN Enterprise Service Desk; a security report is the SOC's.
  { categories: ['Security', 'SOC-SIEM', 'CDN'], groups: ['kpn-enterprise-service-desk'] },
  // Not routed by the seed: where the service desk registered it, or with the build team.
  { categories: ['Helpdesk'], groups: ['cibg-service-desk', 'build-team'] },
  { categories: ['Privacy'], groups: ['cibg-service-desk', 'build-team'] },
];
