import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { testSeat } from './testing/test-seat.ts';
import { startServices, startupErrorMessage } from './start-services.ts';

let folder = '';
before(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-start-'));
});
after(() => rm(folder, { recursive: true, force: true }));

/** What startServices rejects with. */
async function startFailure(configFile: string): Promise<unknown> {
  try {
    const running = await startServices({ configFile, version: 'test', ...(await testSeat()) });
    await running.stop();
  } catch (error) {
    return error;
  }
  return assert.fail('expected startServices to fail');
}

describe('the start-up error dialog', () => {
  it('names the config file by its full path, the path inside it and what was expected', async () => {
    const file = path.join(folder, 'dijkwacht.yaml');
    await writeFile(
      file,
      'sources:\n  - { id: am, kind: alertmanager, url: "http://127.0.0.1:9093", interval: 25d }\n',
    );
    // Started from a shortcut, the app's working directory means nothing to whoever reads this.
    const relative = path.relative(process.cwd(), file);
    assert.ok(!path.isAbsolute(relative));
    assert.equal(
      startupErrorMessage(await startFailure(relative)),
      `The config cannot be used:\n\n${file}:2:75: sources[0].interval: expected a duration from 5s to 1d`,
    );
  });

  it('names a config file it cannot read', async () => {
    const file = path.join(folder, 'missing.yaml');
    assert.equal(
      startupErrorMessage(await startFailure(file)),
      `The config cannot be used:\n\n${file}: cannot read the file: no such file`,
    );
  });

  it('shows any other error as it is', () => {
    assert.equal(startupErrorMessage(new Error('listen EADDRINUSE')), 'Error: listen EADDRINUSE');
  });
});
