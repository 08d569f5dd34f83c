import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { EventDraft } from '../../shared/timeline/event.ts';
import { runCli } from '../cli/cli.ts';
import { DEMO_ENV, demoConfigText } from '../simulator/demo-config.ts';
import { startDemoWorld } from '../simulator/demo-world.ts';
import { systemClock } from '../time/clock.ts';
import { openTimelineStore } from '../timeline/open-store.ts';
import { startFakeSlack } from './testing/fake-slack.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('dijkwacht collect, with Slack lines', () => {
  it('posts the clearing of a mark from before the start to its line, never the URL', async () => {
    const world = await startDemoWorld();
    const slack = await startFakeSlack(systemClock);
    const folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-collect-slack-'));
    try {
      const config = path.join(folder, 'demo.yaml');
      await writeFile(
        config,
        `${demoConfigText(world.endpoints, 60, 1_000)}alerts:\n  slack:\n    security: { env: HOOK }\n`,
      );
      // A mark from before the start: history. The demo's Alertmanager does not fire it, so
      // the collector clears it, and that clearing is news.
      const db = path.join(folder, 'timeline.sqlite');
      const store = await openTimelineStore(db, { create: true });
      await store.append([socMarkRaised()]);
      await store.close();
      let stderr = '';
      let stop = () => undefined as void;
      const stopped = new Promise<void>((resolve) => (stop = resolve));
      const io = {
        stdout: () => undefined,
        stderr: (text: string) => void (stderr += text),
        env: { ...DEMO_ENV, HOOK: slack.url },
      };
      const collecting = runCli(['collect', '--config', config, '--db', db], {
        ...io,
        untilStopped: () => stopped,
      });
      for (let waited = 0; !stderr.includes('collecting into') && waited < 10_000; waited += 20)
        await sleep(20);
      assert.match(stderr, /collecting into/);
      assert.equal(slack.posts().length, 0, 'the mark from before the start is not news');
      for (let waited = 0; slack.posts().length === 0 && waited < 15_000; waited += 50)
        await sleep(50);
      stop();
      assert.equal(await collecting, 0, stderr);
      assert.match(
        slack.texts()[0] ?? '',
        /^\[.+\] \[DEMO\] Security: markering #1 \(alert actief\) opgeheven$/,
      );
      assert.ok(!stderr.includes(slack.url) && !stderr.includes('fake-secret-token'), stderr);
    } finally {
      await slack.close();
      await world.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});

function socMarkRaised(): EventDraft {
  return {
    kind: 'mark-raised',
    at: new Date(Date.now() - 60_000).toISOString(),
    domain: 'security',
    source: null,
    actor: 'system',
    summary: 'Security: alert actief',
    data: {
      rule: 'alert-firing',
      severity: 'critical',
      since: new Date(Date.now() - 120_000).toISOString(),
      evidence: {
        kind: 'alert-firing',
        alert: { name: 'SocIntrusion', fingerprint: 'f1', summary: null, labels: {} },
        startsAt: new Date(Date.now() - 120_000).toISOString(),
      },
    },
    markKey: 'security:0:f1',
  };
}
