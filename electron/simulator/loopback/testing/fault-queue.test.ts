import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FaultQueue } from './fault-queue.ts';

describe('the fault queue', () => {
  it('serves a fault for its number of times and only on its path', () => {
    const faults = new FaultQueue<string>({ times: Number.POSITIVE_INFINITY });
    faults.inject('twice', { times: 2, path: /^\/a$/ });
    faults.inject('always');
    assert.deepEqual(
      ['/a', '/b', '/a', '/a'].map((path) => faults.take(path)),
      ['twice', 'always', 'twice', 'always'],
    );
    faults.clear();
    assert.equal(faults.take('/a'), null);
  });

  it('lets `skip` matching requests through first, and reads a string path as a prefix', () => {
    const faults = new FaultQueue<string>({ times: 1, path: '/tas/api/incidents' });
    faults.inject('second page', { skip: 1 });
    assert.deepEqual(
      ['/tas/api/version', '/tas/api/incidents', '/tas/api/incidents', '/tas/api/incidents'].map(
        (path) => faults.take(path),
      ),
      [null, null, 'second page', null],
    );
  });

  it('never serves a fault injected for zero requests', () => {
    const faults = new FaultQueue<string>({ times: 1 });
    faults.inject('none', { times: 0 });
    assert.equal(faults.take('/'), null);
  });
});
