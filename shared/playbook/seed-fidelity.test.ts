import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DomainId } from './domains.ts';
import { defaultPlaybook } from './playbook.ts';

/** §1.3–§1.5 of the seed, line by line: what the playbook must say, and not invent. */

const domain = (id: DomainId) => {
  const found = defaultPlaybook.domains.find((candidate) => candidate.id === id);
  assert.ok(found, `no domain ${id}`);
  return found;
};
const domainsOf = (roleId: string) =>
  defaultPlaybook.domains.filter((candidate) => candidate.roles.includes(roleId)).map((d) => d.id);

describe('organisations (§1.3, §1.5 and their e-mail domains)', () => {
  it('has an organisation for every e-mail domain the seed leaves visible', () => {
    const domains = defaultPlaybook.organisations.flatMap((organisation) => [
      ...organisation.emailDomains,
    ]);
    for (const emailDomain of [
      'minvws.nl',
      'minbzk.nl',
      'coronamelder.nl',
      'dictu.nl',
      'newnexus.nl',
      'windesheim.nl',
      'webweaving.org',
      'webhelp.com',
      'pblq.nl',
      'paconsulting.com',
      'kpn.com',
      'cyberoperaties.nl',
    ])
      assert.ok(domains.includes(emailDomain), `no organisation for ${emailDomain}`);
  });

  it('names the organisations the seed names in its text', () => {
    const names = defaultPlaybook.organisations.map((organisation) => organisation.name);
    for (const name of ['CIBG', 'KPN', 'Webhelp', 'Freedom Internet', 'DICTU'])
      assert.ok(names.includes(name), `no organisation named ${name}`);
  });

  const expected: [string, string[]][] = [
    ['cio-director', ['vws']],
    ['cio-deputy', ['vws']],
    ['political', ['vws', 'bzk']],
    ['security-coordination', ['coronamelder']],
    ['privacy-coordination', ['coronamelder']],
    ['build-team', ['dictu']],
    ['build-incident-management', ['newnexus']],
    ['build-apps-backend', []],
    ['build-ggd-portal', ['windesheim']],
    ['build-google-apple', ['dictu']],
    ['build-overall', ['webweaving']],
    ['comms-coordination', ['bzk']],
    ['comms-helpdesk', ['webhelp']],
    ['comms-website', []],
    ['comms-website-hosting', ['coronamelder', 'freedom-internet']],
    ['adoption-coordination', ['pblq']],
    ['ggd-coordination', ['vws']],
    ['cibg-project', ['cibg']],
    ['cibg-operations', ['cibg']],
    ['kpn-infra', ['kpn']],
  ];
  for (const [roleId, organisationIds] of expected) {
    it(`${roleId} belongs to ${organisationIds.join(' and ') || 'no organisation the seed shows'}`, () =>
      assert.deepEqual(
        defaultPlaybook.roles.find((role) => role.id === roleId)?.organisations,
        organisationIds,
      ));
  }

  it('gives every resolver group of §1.3 the organisation its row shows', () => {
    assert.deepEqual(
      Object.fromEntries(defaultPlaybook.resolverGroups.map((g) => [g.id, g.organisations])),
      {
        'cibg-service-desk': ['cibg'],
        'cibg-technical-operations': ['cibg'],
        'build-team': ['cyberoperaties'],
        'kpn-cloudservices': ['kpn'],
        'kpn-enterprise-service-desk': ['kpn'],
      },
    );
  });
});

describe('roles where they act (§1.3–§1.5)', () => {
  it('puts Bouwteam – Google/Apple where app-store or Android/iOS trouble lands and escalates', () =>
    assert.deepEqual(domainsOf('build-google-apple'), ['helpdesk', 'escalation']));

  it('puts communication, political alignment and CIBG – Project on Escalatie', () => {
    for (const roleId of ['comms-coordination', 'political', 'cibg-project'])
      assert.deepEqual(domainsOf(roleId), ['escalation'], roleId);
  });

  it('reaches every role of §1.5 from a domain, or says why not', () => {
    const unattached = new Map(
      defaultPlaybook.unattachedRoles.map((entry) => [entry.roleId, entry.reason]),
    );
    for (const role of defaultPlaybook.roles) {
      const reachable = domainsOf(role.id).length > 0;
      assert.ok(reachable !== unattached.has(role.id), `${role.id}: on a domain xor unattached`);
    }
    assert.deepEqual([...unattached.keys()], ['adoption-coordination']);
    assert.match(unattached.get('adoption-coordination')?.nl ?? '', /§1\.5/);
  });
});

describe('communication lines (§1.4) without invented targets', () => {
  it('renders each line as the seed wrote it, saying where names were redacted', () => {
    assert.deepEqual(Object.fromEntries(defaultPlaybook.domains.map((d) => [d.id, d.line.nl])), {
      helpdesk: 'Webhelp heeft rechtstreeks contact met bouwteam (namen geredigeerd)',
      'ggd-portal': 'Appgroep GGD, met drie leden namens bouwteam (namen geredigeerd)',
      security: 'Telefonisch contact met 5.1.2e door CISO KPN (naam geredigeerd)',
      privacy: 'Telefonisch contact met 5.1.2e (naam geredigeerd)',
      alerting: 'Slack #infra-general en een appgroep (leden geredigeerd)',
      website: 'Bellen met 5.1.2e / Freedom internet (naam geredigeerd)',
      escalation: 'Escalatie: 5.1.2e belt 5.1.2e (namen geredigeerd)',
    });
  });

  it('names no one the seed did not', () => {
    const invented =
      /appgroep alerting|alerting app group|websitecontact|website contact|coördinator|coordinator|CIO Office/i;
    for (const { id, line } of defaultPlaybook.domains)
      for (const text of [line.nl, line.en]) assert.doesNotMatch(text, invented, id);
  });

  it('keeps every line short enough for a wall tile, in both languages', () => {
    for (const { id, line } of defaultPlaybook.domains)
      for (const text of [line.nl, line.en]) assert.ok(text.length < 90, `${id}: ${text}`);
  });

  it('marks every line redacted: the seed blanked people in all seven', () => {
    for (const { id, lineRedacted } of defaultPlaybook.domains)
      assert.equal(lineRedacted, true, id);
  });

  it('names as line roles only the roles the line itself names', () => {
    assert.deepEqual(Object.fromEntries(defaultPlaybook.domains.map((d) => [d.id, d.lineRoles])), {
      helpdesk: ['comms-helpdesk', 'build-team'],
      'ggd-portal': ['build-team'],
      security: ['kpn-infra'],
      privacy: [],
      alerting: [],
      website: ['comms-website-hosting'],
      escalation: [],
    });
    assert.match(domain('security').line.nl, /CISO KPN/);
  });
});
