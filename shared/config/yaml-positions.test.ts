import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readYamlDocument } from './read-yaml.ts';
import type { Locate } from './yaml-positions.ts';

function locatorFor(text: string): Locate {
  const document = readYamlDocument(text, 'YAML or JSON');
  if (!document.ok) assert.fail(JSON.stringify(document.error));
  return document.value.locate;
}

const TEXT = [
  'sources:',
  '  - id: td',
  '    interval:',
  '    labels: &labels { env: prod }',
  '  - { id: sc, labels: *labels }',
  '',
].join('\n');

describe('locatorOf', () => {
  const locate = locatorFor(TEXT);
  const cases: [string, PropertyKey[], boolean, { line: number; column: number }][] = [
    ['a list item', ['sources', 1], false, { line: 5, column: 5 }],
    ['a value in a flow mapping', ['sources', 1, 'id'], false, { line: 5, column: 11 }],
    [
      'a key left without a value, at its key',
      ['sources', 0, 'interval'],
      false,
      { line: 3, column: 5 },
    ],
    ['a missing key, at its mapping', ['sources', 0, 'url'], false, { line: 2, column: 5 }],
    ['a key, when asked for it', ['sources', 0, 'labels'], true, { line: 4, column: 5 }],
    [
      'a value through an alias, at its anchor',
      ['sources', 1, 'labels', 'env'],
      false,
      { line: 4, column: 28 },
    ],
    [
      'a path past a scalar, at the scalar',
      ['sources', 0, 'id', 'x'],
      false,
      { line: 2, column: 9 },
    ],
    ['the whole document', [], false, { line: 1, column: 1 }],
  ];
  for (const [name, path, onKey, position] of cases)
    it(name, () => assert.deepEqual(locate(path, onKey), position));

  it('has no position in an empty document', () => {
    assert.equal(locatorFor('# nothing yet\n')([]), undefined);
  });
});
