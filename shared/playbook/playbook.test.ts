import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultDomainConfig } from './default-domain-config.ts';
import { domainIds, domains } from './domains.ts';
import { intake } from './intake.ts';
import { organisations } from './organisations.ts';
import { defaultPlaybook, playbookSchema, playbookWithOfficeHours } from './playbook.ts';
import { resolverGroups } from './resolver-groups.ts';
import { roles } from './roles.ts';
import { unattachedRoles } from './unattached-roles.ts';

const SEVEN_DOMAINS = [
  'helpdesk',
  'ggd-portal',
  'security',
  'privacy',
  'alerting',
  'website',
  'escalation',
];

describe('the default playbook', () => {
  it('has the seven domains of the contract, in order', () => {
    assert.deepEqual([...domainIds], SEVEN_DOMAINS);
    assert.deepEqual(
      defaultPlaybook.domains.map((domain) => domain.id),
      SEVEN_DOMAINS,
    );
  });

  it('gives every domain at least one role, and every role exists', () => {
    const roleIds = new Set(defaultPlaybook.roles.map((role) => role.id));
    for (const domain of defaultPlaybook.domains) {
      assert.ok(domain.roles.length > 0, `${domain.id} has no roles`);
      for (const roleId of domain.roles)
        assert.ok(roleIds.has(roleId), `${domain.id} names unknown role ${roleId}`);
    }
  });

  it('has unique role ids and unique role titles in both languages', () => {
    for (const pick of [
      (r: (typeof roles)[number]) => r.id,
      (r: (typeof roles)[number]) => r.title.nl,
      (r: (typeof roles)[number]) => r.title.en,
    ]) {
      const values = roles.map(pick);
      assert.equal(new Set(values).size, values.length);
    }
  });

  it('has every resolver group of §1.3 of the seed, by name and in order', () => {
    assert.deepEqual(
      defaultPlaybook.resolverGroups.map((group) => group.name),
      [
        'CIBG service desk',
        'CIBG technisch beheer',
        'Bouwteam',
        'KPN Cloudservices',
        'KPN Enterprise Service Desk',
      ],
    );
    assert.equal(
      resolverGroups.find((group) => group.name === 'Bouwteam')?.reach,
      'Slack #infra-general',
    );
  });

  it('has the roles of §1.5 (the Expertise column)', () => {
    const titles = defaultPlaybook.roles.map((role) => role.title.nl);
    for (const title of [
      'CIO Office – Directeur',
      'CIO Office – plv CIO',
      'Politieke afstemming',
      'Security – coördinatie',
      'Privacy – coördinatie',
      'Bouwteam – Incident management',
      'Bouwteam – Google/Apple',
      'Communicatie – websitehosting',
      'Adoptie – coördinatie',
      'GGD – coördinatie',
      'CIBG – Project',
      'CIBG – Beheer',
    ]) {
      assert.ok(titles.includes(title), `missing role ${title}`);
    }
  });

  it('has default rules for every domain', () => {
    assert.deepEqual(Object.keys(defaultDomainConfig), SEVEN_DOMAINS);
    for (const id of domainIds)
      assert.ok((defaultDomainConfig[id].rules ?? []).length > 0, `${id} has no rules`);
  });
});

describe('playbookSchema', () => {
  const base = () =>
    structuredClone({
      domains: [...domains],
      roles: [...roles],
      unattachedRoles: [...unattachedRoles],
      resolverGroups: [...resolverGroups],
      organisations: [...organisations],
      intake,
    });

  it('accepts the seed', () => assert.equal(playbookSchema.safeParse(base()).success, true));

  const issues = (playbook: unknown) => {
    const result = playbookSchema.safeParse(playbook);
    assert.equal(result.success, false, 'expected the playbook to be refused');
    return (
      result.error?.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
      })) ?? []
    );
  };

  it('rejects a playbook with a domain missing', () => {
    const playbook = base();
    playbook.domains = playbook.domains.filter((domain) => domain.id !== 'privacy');
    assert.deepEqual(issues(playbook), [
      {
        path: 'domains',
        message:
          'domains in the order helpdesk, ggd-portal, security, privacy, alerting, website, escalation',
      },
      {
        // Its only role is then on no domain either.
        path: 'roles.4',
        message:
          'a role some domain names, or an entry of unattachedRoles saying why none does ("privacy-coordination" is neither)',
      },
    ]);
  });

  it('rejects domains out of order', () => {
    const playbook = base();
    playbook.domains.reverse();
    assert.deepEqual(
      issues(playbook).map((issue) => issue.path),
      ['domains'],
    );
  });

  it('rejects a domain that names an unknown role', () => {
    const playbook = base();
    playbook.domains[3] = {
      ...playbook.domains[3]!,
      roles: ['privacy-coordination', 'chief-of-vibes'],
    };
    assert.deepEqual(issues(playbook), [
      { path: 'domains.3.roles.1', message: 'a role id of the playbook, not "chief-of-vibes"' },
    ]);
  });

  it('rejects a role the roles list no longer has', () => {
    const playbook = base();
    playbook.roles = playbook.roles.filter((role) => role.id !== 'kpn-infra');
    assert.deepEqual(
      issues(playbook).map((issue) => issue.path),
      ['domains.2.roles.1', 'domains.4.roles.2'],
    );
  });

  it('rejects an unknown domain id', () => {
    const playbook = base() as { domains: { id: string }[] };
    playbook.domains[0]!.id = 'coffee';
    assert.ok(issues(playbook).some((issue) => issue.path === 'domains.0.id'));
  });

  it('rejects an organisation id that no organisation has', () => {
    const playbook = base();
    playbook.roles[2] = { ...playbook.roles[2]!, organisations: ['vws', 'ministry-of-magic'] };
    assert.deepEqual(issues(playbook), [
      {
        path: 'roles.2.organisations.1',
        message: 'an organisation id of the playbook, not "ministry-of-magic"',
      },
    ]);
  });

  it('rejects a resolver group of an unknown organisation, and a duplicate organisation id', () => {
    const playbook = base();
    playbook.resolverGroups[0] = { ...playbook.resolverGroups[0]!, organisations: ['cibgg'] };
    playbook.organisations.push({ id: 'kpn', name: 'KPN again', emailDomains: [] });
    assert.deepEqual(
      issues(playbook).map((issue) => issue.path),
      ['organisations.14.id', 'resolverGroups.0.organisations.0'],
    );
  });

  it('rejects a line role that is not among the roles of its domain', () => {
    const playbook = base();
    playbook.domains[2] = { ...playbook.domains[2]!, lineRoles: ['comms-helpdesk'] };
    assert.deepEqual(issues(playbook), [
      {
        path: 'domains.2.lineRoles.0',
        message: 'a role id among the domain\'s roles, not "comms-helpdesk"',
      },
    ]);
  });

  it('rejects a role that is on no domain and not listed as unattached', () => {
    const playbook = base();
    playbook.unattachedRoles = [];
    assert.deepEqual(issues(playbook), [
      {
        path: 'roles.15',
        message:
          'a role some domain names, or an entry of unattachedRoles saying why none does ("adoption-coordination" is neither)',
      },
    ]);
  });

  it('rejects an unattached role that a domain names, or that does not exist', () => {
    const playbook = base();
    const reason = { nl: 'x', en: 'x' };
    playbook.unattachedRoles.push({ roleId: 'political', reason }, { roleId: 'nobody', reason });
    assert.deepEqual(issues(playbook), [
      {
        path: 'unattachedRoles.1.roleId',
        message: 'a role no domain names ("political" is on escalation)',
      },
      { path: 'unattachedRoles.2.roleId', message: 'a role id of the playbook, not "nobody"' },
    ]);
  });

  it('rejects an intake resolver group the playbook does not have', () => {
    const playbook = base();
    playbook.intake = { ...playbook.intake, resolverGroup: 'front-desk' };
    assert.deepEqual(issues(playbook), [
      {
        path: 'intake.resolverGroup',
        message: 'a resolver group id of the playbook, not "front-desk"',
      },
    ]);
  });
});

describe('playbookWithOfficeHours', () => {
  it("puts the config's office hours in the playbook's intake, leaving the rest", () => {
    const hours = { days: ['sat', 'sun'] as const, from: '10:00', to: '14:00' };
    const playbook = playbookWithOfficeHours({ ...hours, days: [...hours.days] });
    assert.deepEqual(playbook.intake, {
      resolverGroup: 'cibg-service-desk',
      officeHours: { days: ['sat', 'sun'], from: '10:00', to: '14:00' },
    });
    assert.equal(playbookSchema.safeParse(playbook).success, true);
    assert.deepEqual(defaultPlaybook.intake.officeHours.days, ['mon', 'tue', 'wed', 'thu', 'fri']);
  });
});
