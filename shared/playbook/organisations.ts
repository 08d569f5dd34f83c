/**
 * The organisations behind the seed's roles and resolver groups: named in its text, or
 * shown only by the e-mail domains left visible in its (redacted) contact table.
 *
 * Where the seed shows nothing but a domain, the name is the organisation that domain is
 * commonly known to belong to, or the domain itself when that is not well established;
 * docs/playbook.md says which for each. CIBG is part of the ministry of VWS and its people
 * use minvws.nl addresses, so an address alone cannot tell the two apart: the role does.
 */
export interface OrganisationDefinition {
  readonly id: string;
  readonly name: string;
  /** The domains of its people's addresses in the seed; empty where none is shown. */
  readonly emailDomains: readonly string[];
}

export const organisations: readonly OrganisationDefinition[] = [
  { id: 'vws', name: 'Ministerie van VWS', emailDomains: ['minvws.nl'] },
  { id: 'bzk', name: 'Ministerie van BZK', emailDomains: ['minbzk.nl'] },
  { id: 'cibg', name: 'CIBG', emailDomains: ['minvws.nl'] },
  { id: 'dictu', name: 'DICTU', emailDomains: ['dictu.nl'] },
  { id: 'kpn', name: 'KPN', emailDomains: ['kpn.com'] },
  { id: 'webhelp', name: 'Webhelp', emailDomains: ['webhelp.com'] },
  { id: 'freedom-internet', name: 'Freedom Internet', emailDomains: [] },
  { id: 'coronamelder', name: 'CoronaMelder', emailDomains: ['coronamelder.nl'] },
  { id: 'cyberoperaties', name: 'cyberoperaties.nl', emailDomains: ['cyberoperaties.nl'] },
  { id: 'newnexus', name: 'newnexus.nl', emailDomains: ['newnexus.nl'] },
  { id: 'windesheim', name: 'Hogeschool Windesheim', emailDomains: ['windesheim.nl'] },
  { id: 'webweaving', name: 'webweaving.org', emailDomains: ['webweaving.org'] },
  { id: 'pa-consulting', name: 'PA Consulting', emailDomains: ['paconsulting.com'] },
  { id: 'pblq', name: 'PBLQ', emailDomains: ['pblq.nl'] },
];
