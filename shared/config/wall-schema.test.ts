import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfigText } from './parse-config.ts';

const SOURCE = 'sources:\n  - { id: am, kind: alertmanager, url: "http://127.0.0.1:9093" }\n';

function parse(yaml: string) {
  return parseConfigText(`${SOURCE}${yaml}`, { fileName: 'dijkwacht.yaml', env: {} });
}

function wallOf(yaml: string) {
  const result = parse(yaml);
  if (!result.ok) assert.fail(result.error.message);
  return result.value.wall;
}

function errorOf(yaml: string): string {
  const result = parse(yaml);
  assert.ok(!result.ok, 'expected the config to be refused');
  return result.error.message;
}

describe('config wall', () => {
  it('defaults to no rotation, a 2-minute alarm hold, a 5-minute highlight and no display', () => {
    const expected = { rotate: null, alarmHold: 120_000, highlight: 300_000 };
    assert.deepEqual(wallOf(''), expected);
    assert.deepEqual(wallOf('wall: {}\n'), expected);
    assert.deepEqual(wallOf('wall: { rotate: off }\n'), expected);
  });

  it('takes each key on its own, in milliseconds', () => {
    assert.deepEqual(wallOf('wall: { rotate: 30s, display: 2 }\n'), {
      rotate: 30_000,
      alarmHold: 120_000,
      highlight: 300_000,
      display: 2,
    });
    assert.equal(wallOf('wall: { alarmHold: 0s }\n').alarmHold, 0);
    assert.equal(wallOf('wall: { highlight: 1d }\n').highlight, 86_400_000);
    assert.equal(wallOf('wall: { rotate: 5s }\n').rotate, 5_000);
    assert.equal(wallOf('wall: { rotate: 1h }\n').rotate, 3_600_000);
  });

  const ROTATE = 'expected off, or a duration from 5s to 1h';
  const DISPLAY = 'expected a screen number from 1 (the primary screen) to 16';
  const refused: [string, string, string][] = [
    ['a rotation faster than 5s', 'wall: { rotate: 4s }\n', `3:17: wall.rotate: ${ROTATE}`],
    ['a rotation slower than 1h', 'wall: { rotate: 2h }\n', `3:17: wall.rotate: ${ROTATE}`],
    ['a rotation in words', 'wall: { rotate: "30 sec" }\n', `3:17: wall.rotate: ${ROTATE}`],
    ['a rotation as a number', 'wall: { rotate: 30 }\n', `3:17: wall.rotate: ${ROTATE}`],
    ['rotate: false', 'wall: { rotate: false }\n', `3:17: wall.rotate: ${ROTATE}`],
    [
      'an alarm hold over an hour',
      'wall: { alarmHold: 61m }\n',
      '3:20: wall.alarmHold: expected a duration of at most 1h',
    ],
    [
      'a highlight over a day',
      'wall: { highlight: 2d }\n',
      '3:20: wall.highlight: expected a duration of at most 1d',
    ],
    ['display 0', 'wall: { display: 0 }\n', `3:18: wall.display: ${DISPLAY}`],
    ['display 1.5', 'wall: { display: 1.5 }\n', `3:18: wall.display: ${DISPLAY}`],
    ['display 17', 'wall: { display: 17 }\n', `3:18: wall.display: ${DISPLAY}`],
    ['display as a text', 'wall: { display: "2" }\n', `3:18: wall.display: ${DISPLAY}`],
    [
      'a misspelt key',
      'wall: { rotation: 30s }\n',
      '3:9: wall.rotation: unknown key (check its spelling and indentation)',
    ],
    [
      'not a mapping',
      'wall: 30s\n',
      '3:7: wall: expected a mapping with rotate, alarmHold, highlight and display',
    ],
  ];
  for (const [name, yaml, message] of refused)
    it(`refuses ${name}, naming the file, the place and the range`, () =>
      assert.equal(errorOf(yaml), `dijkwacht.yaml:${message}`));

  it('reports every wrong key of the section at once', () => {
    assert.equal(
      errorOf('wall: { rotate: 1s, alarmHold: 2h, display: 0 }\n'),
      [
        `dijkwacht.yaml:3:17: wall.rotate: ${ROTATE}`,
        'dijkwacht.yaml:3:32: wall.alarmHold: expected a duration of at most 1h',
        `dijkwacht.yaml:3:45: wall.display: ${DISPLAY}`,
      ].join('\n'),
    );
  });
});
