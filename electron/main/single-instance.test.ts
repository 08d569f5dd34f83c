import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { answerSecondLaunch, secondLaunchData } from './single-instance.ts';

const RUNNING = path.resolve('/srv/dijkwacht/war-room.yaml');

describe('secondLaunchData', () => {
  it('hands over the view and the config by its full path', () =>
    assert.deepEqual(secondLaunchData('wall', 'war-room.yaml'), {
      view: 'wall',
      configFile: path.resolve('war-room.yaml'),
    }));

  it('hands over no config for a start without one', () =>
    assert.deepEqual(secondLaunchData('coordinator', null), {
      view: 'coordinator',
      configFile: null,
    }));
});

describe('answerSecondLaunch', () => {
  it('brings the desk forward for a plain second start (from a launcher)', () =>
    assert.deepEqual(
      answerSecondLaunch(
        secondLaunchData('coordinator', null),
        ['/opt/Dijkwacht/dijkwacht'],
        '/',
        RUNNING,
      ),
      { view: 'coordinator', note: null },
    ));

  it('opens the wall for a second start with --wall', () =>
    assert.equal(
      answerSecondLaunch(secondLaunchData('wall', null), [], '/', RUNNING).view,
      'wall',
    ));

  it('keeps its own config when the second start named another, and logs how to switch', () => {
    const answer = answerSecondLaunch(
      secondLaunchData('coordinator', '/tmp/other.yaml'),
      [],
      '/',
      RUNNING,
    );
    assert.equal(answer.view, 'coordinator');
    assert.match(
      String(answer.note),
      /asked for the configuration .*other\.yaml.*Open configuration/,
    );
  });

  it('says nothing when the second start named the config it runs on', () =>
    assert.equal(
      answerSecondLaunch(secondLaunchData('wall', RUNNING), [], '/', RUNNING).note,
      null,
    ));

  it("reads the second start's arguments when its data is missing or foreign", () => {
    const argv = ['/usr/bin/electron', '.', '--wall', '--config', 'mine.yaml'];
    const answer = answerSecondLaunch({ evil: true }, argv, '/home/anna', RUNNING);
    assert.equal(answer.view, 'wall');
    assert.match(
      String(answer.note),
      new RegExp(path.resolve('/home/anna', 'mine.yaml').replaceAll('\\', '\\\\')),
    );
    assert.equal(
      answerSecondLaunch(undefined, ['/usr/bin/electron'], '/', null).view,
      'coordinator',
    );
  });

  it('refuses a view it does not know in the data (falls back to the arguments)', () =>
    assert.equal(
      answerSecondLaunch({ view: 'settings', configFile: null }, ['x', '--wall'], '/', null).view,
      'wall',
    ));
});
