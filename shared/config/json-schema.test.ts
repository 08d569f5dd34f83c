import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { CONFIG_SCHEMA_ID, configJsonSchema } from './json-schema.ts';
import { parseConfigText } from './parse-config.ts';
import {
  EVERY_SECTION_EXAMPLE,
  README_EXAMPLE,
  README_EXAMPLE_ENV,
  SMALLEST_EXAMPLE,
} from './testing/example-configs.ts';
import { schemaErrors, type JsonSchema } from './testing/json-schema-check.ts';

const SCHEMA_FILE = new URL('../../docs/config.schema.json', import.meta.url);
const published = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as JsonSchema;

describe('docs/config.schema.json', () => {
  it('is what the config schema generates (npm run config-schema writes it)', () => {
    assert.deepEqual(
      published,
      configJsonSchema(),
      'docs/config.schema.json is stale: run npm run config-schema and commit it',
    );
  });

  it('names itself, for editors and validators', () => {
    assert.equal(published.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(published.$id, CONFIG_SCHEMA_ID);
    assert.equal(published.title, 'Dijkwacht config');
    assert.equal(typeof published.description, 'string');
  });

  const examples: [string, string][] = [
    ["the README's example", README_EXAMPLE],
    ["docs/config.md's smallest config", SMALLEST_EXAMPLE],
    ['a config with every section', EVERY_SECTION_EXAMPLE],
    ['an empty config', '{}'],
  ];
  for (const [name, text] of examples) {
    it(`accepts ${name}, which Dijkwacht accepts too`, () => {
      const checked = parseConfigText(text, { fileName: 'example.yaml', env: README_EXAMPLE_ENV });
      assert.ok(checked.ok, checked.ok ? '' : checked.error.message);
      assert.deepEqual(schemaErrors(published, parse(text)), []);
    });
  }

  const refused: [string, string, string][] = [
    [
      'a source without url',
      'sources: [{ id: a, kind: statuscake, token: { env: T } }]',
      '/sources/0',
    ],
    [
      'a plaintext secret',
      'sources: [{ id: a, kind: statuscake, url: x, token: hunter2 }]',
      '/sources/0',
    ],
    ['a duration in words', 'routing: { unassignedAfter: 5 minutes }', '/routing/unassignedAfter'],
    ['a duration as a number', 'routing: { unassignedAfter: 300 }', '/routing/unassignedAfter'],
    ['a misspelt key', 'titel: x', '/titel'],
    ['an unknown domain', 'domains: { webiste: {} }', '/domains/webiste'],
    [
      'an unknown group',
      'routing: { subjects: [{ categories: [A], groups: [bouwteam] }] }',
      '/routing/subjects/0/groups/0',
    ],
  ];
  for (const [name, text, path] of refused) {
    it(`refuses ${name} at ${path}`, () => {
      const errors = schemaErrors(published, parse(text));
      assert.ok(
        errors.some((error) => error.startsWith(`${path}:`) || error.startsWith(`${path}/`)),
        errors.join('\n'),
      );
    });
  }

  it('describes a source as users write it: id, kind and url required, secrets as { env } or { keychain }', () => {
    const sources = published.properties as Record<string, JsonSchema>;
    const kinds = ((sources.sources?.items as JsonSchema).oneOf ?? []) as JsonSchema[];
    assert.equal(kinds.length, 4);
    for (const kind of kinds) {
      assert.deepEqual((kind.required as string[]).slice(0, 3).sort(), ['id', 'kind', 'url']);
      assert.equal(kind.additionalProperties, false);
      const { interval } = kind.properties as Record<string, JsonSchema>;
      assert.equal(interval?.default, '60s');
      assert.equal(interval?.pattern, '^(\\d+)(ms|s|m|h|d)$');
    }
    // Exactly one of the two: { env: NAME }, or { keychain: NAME } as the settings page writes it.
    assert.deepEqual((published.definitions as Record<string, JsonSchema>).secret?.oneOf, [
      { required: ['env'] },
      { required: ['keychain'] },
    ]);
  });
});
