import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultDomainConfig } from './default-domain-config.ts';
import { domainIds, domains } from './domains.ts';
import { defaultPlaybook, playbookSchema } from './playbook.ts';
import { resolverGroups } from './resolver-groups.ts';
import { roles } from './roles.ts';

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
  it('has the seven domains of design.md, in order', () => {
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

  it('names the communication lines of §1.4', () => {
    const line = (id: string) =>
      defaultPlaybook.domains.find((domain) => domain.id === id)?.line.nl ?? '';
    assert.match(line('helpdesk'), /Webhelp/);
    assert.match(line('alerting'), /#infra-general/);
    assert.match(line('website'), /Freedom Internet/);
    assert.match(line('escalation'), /CIO Office/);
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
      resolverGroups: [...resolverGroups],
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
});
