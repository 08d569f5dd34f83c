import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { parseConfigText } from '../../shared/config/parse-config.ts';
import type { EvidenceOf } from '../../shared/marks/evidence.ts';
import { sampleMark } from '../../shared/marks/testing/sample-marks.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import { markRaisedDraft, minutesAfter } from '../../shared/timeline/testing/event-drafts.ts';
import { MemoryTimelineStore } from '../../shared/timeline/testing/memory-store.ts';
import { startAppServices } from '../app/app-services.ts';
import { SourceError } from '../sources/source-error.ts';
import { FakeClock } from '../time/testing/fake-clock.ts';
import type { DesktopAlert } from './desktop-alert.ts';
import { startFakeSlack } from './testing/fake-slack.ts';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

const down = sampleMark('check-down').evidence as EvidenceOf<'check-down'>;

/** The app's services with a config that has a wall section and a Slack line; no network. */
async function services(notify?: (alert: DesktopAlert) => void) {
  const clock = new FakeClock('2026-11-29T13:00:00.000Z');
  const slack = await startFakeSlack(clock);
  cleanup.push(() => slack.close());
  const text = [
    'sources:',
    '  - { id: am, kind: alertmanager, url: "http://127.0.0.1:9093" }',
    'wall: { rotate: 30s, alarmHold: 3m, highlight: 10m, display: 2 }',
    'alerts: { sound: true, slack: { website: { env: SLACK_WEBHOOK_WEBSITE } } }',
    '',
  ].join('\n');
  const parsed = parseConfigText(text, {
    fileName: 'dijkwacht.yaml',
    env: { SLACK_WEBHOOK_WEBSITE: slack.url },
  });
  if (!parsed.ok) assert.fail(parsed.error.message);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'dijkwacht-alerts-'));
  cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
  const running = await startAppServices({
    version: 'test',
    playbook: defaultPlaybook,
    config: parsed.value,
    contacts: [],
    configFile: path.join(dataDir, 'dijkwacht.yaml'),
    store: new MemoryTimelineStore({ now: () => new Date(clock.now()) }),
    dataDir,
    chooseExportFile: async () => null,
    clock,
    createClient: () => ({
      poll: async () => {
        throw new SourceError('unreachable', 'not in this test');
      },
    }),
    ...(notify ? { notify } : {}),
  });
  cleanup.push(() => running.stop());
  return { running, slack };
}

describe('the app services, with alerts', () => {
  it("tell the renderer the config's wall settings, and nothing of its webhooks", async () => {
    const { running, slack } = await services();
    const info = await running.handlers['app:info'](undefined);
    assert.deepEqual(info.wall, {
      rotateEveryMs: 30_000,
      alarmHoldMs: 180_000,
      changedHighlightMs: 600_000,
      sound: true,
    });
    const text = JSON.stringify(info);
    assert.ok(!text.includes(slack.url) && !text.includes('fake-secret-token'), text);
  });

  it('hand a new critical mark to notify, and post it to the line’s Slack', async () => {
    const shown: DesktopAlert[] = [];
    const { running, slack } = await services((alert) => shown.push(alert));
    running.keeper.enqueue([markRaisedDraft(minutesAfter(1), 'website', down)]);
    await running.keeper.flush();
    assert.deepEqual(
      shown.map((alert) => [alert.domain, alert.sound]),
      [['website', true]],
    );
    while (slack.posts().length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    assert.match(slack.texts()[0] ?? '', /nieuwe markering #\d+ \(KRITIEK\)/);
  });
});
