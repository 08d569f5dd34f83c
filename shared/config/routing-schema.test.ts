import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultSubjectRoutes } from '../playbook/subject-routes.ts';
import { parseConfigText } from './parse-config.ts';

const SOURCE = 'sources:\n  - { id: am, kind: alertmanager, url: "http://127.0.0.1:9093" }\n';

function parse(yaml: string) {
  return parseConfigText(`${SOURCE}${yaml}`, { fileName: 'dijkwacht.yaml', env: {} });
}

function routingOf(yaml: string) {
  const result = parse(yaml);
  if (!result.ok) assert.fail(result.error.message);
  return result.value.routing;
}

function errorOf(yaml: string): string {
  const result = parse(yaml);
  assert.ok(!result.ok, 'expected the config to be refused');
  return result.error.message;
}

const GROUPS =
  'cibg-service-desk, cibg-technical-operations, build-team, kpn-cloudservices, kpn-enterprise-service-desk';

describe('config routing.subjects', () => {
  it('defaults to the table derived from §1.3, with or without a routing section', () => {
    assert.deepEqual(routingOf('').subjects, defaultSubjectRoutes);
    assert.deepEqual(routingOf('routing: { unassignedAfter: 10m }\n'), {
      unassignedAfter: 600_000,
      subjects: defaultSubjectRoutes,
    });
  });

  it('replaces the default as a whole', () => {
    const yaml =
      'routing:\n  subjects:\n    - { subcategories: [Datalek], groups: [build-team] }\n    - { categories: [App], subcategories: [Store], groups: [build-team, cibg-service-desk] }\n';
    assert.deepEqual(routingOf(yaml).subjects, [
      { subcategories: ['Datalek'], groups: ['build-team'] },
      {
        categories: ['App'],
        subcategories: ['Store'],
        groups: ['build-team', 'cibg-service-desk'],
      },
    ]);
  });

  it('takes an empty list: then no ticket is checked', () =>
    assert.deepEqual(routingOf('routing: { subjects: [] }\n').subjects, []));

  const refused: [string, string, string[]][] = [
    [
      'a group id the playbook does not have (its name, say)',
      'routing: { subjects: [{ categories: [App], groups: [Bouwteam] }] }\n',
      [
        `3:53: routing.subjects[0].groups[0]: expected a resolver group id of the playbook (${GROUPS})`,
      ],
    ],
    [
      'an entry without groups',
      'routing: { subjects: [{ categories: [App] }] }\n',
      ['3:23: routing.subjects[0].groups: expected a list of resolver group ids (missing)'],
    ],
    [
      'an entry with no groups in its list',
      'routing: { subjects: [{ categories: [App], groups: [] }] }\n',
      ['3:52: routing.subjects[0].groups: expected at least one resolver group id'],
    ],
    [
      'an entry that names no subject, which would route every ticket',
      'routing: { subjects: [{ groups: [build-team] }] }\n',
      ['3:23: routing.subjects[0]: expected at least one of categories or subcategories'],
    ],
    [
      'a misspelt key',
      'routing: { subjects: [{ category: [App], groups: [build-team] }] }\n',
      ['3:25: routing.subjects[0].category: unknown key (check its spelling and indentation)'],
    ],
    [
      'categories as one text',
      'routing: { subjects: [{ categories: App, groups: [build-team] }] }\n',
      ['3:37: routing.subjects[0].categories: expected a list of texts'],
    ],
    [
      'subjects as a mapping',
      'routing: { subjects: { App: build-team } }\n',
      ['3:22: routing.subjects: expected a list of subjects ({ categories, groups })'],
    ],
  ];
  for (const [name, yaml, messages] of refused)
    it(`refuses ${name}, naming the file and the path`, () =>
      assert.equal(
        errorOf(yaml),
        messages.map((message) => `dijkwacht.yaml:${message}`).join('\n'),
      ));
});
