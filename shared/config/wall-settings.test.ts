import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_WALL_SETTINGS, wallSettingsSchema } from '../ipc/contract.ts';
import { parseConfigText } from './parse-config.ts';
import { wallDisplayFromConfig, wallSettingsFromConfig } from './wall-settings.ts';

const SOURCE = 'sources:\n  - { id: am, kind: alertmanager, url: "http://127.0.0.1:9093" }\n';
const HOOK = 'https://hooks.slack.com/services/T0AAA1111/B0BBB2222/c3CCC4444dddd5555';

function configOf(yaml: string) {
  const result = parseConfigText(`${SOURCE}${yaml}`, {
    fileName: 'dijkwacht.yaml',
    env: { SLACK_WEBHOOK_INFRA: HOOK },
  });
  if (!result.ok) assert.fail(result.error.message);
  return result.value;
}

describe('the wall settings the renderer gets', () => {
  it('are the contract’s defaults when the config has no wall or alerts section', () => {
    const config = configOf('');
    assert.deepEqual(wallSettingsFromConfig(config), DEFAULT_WALL_SETTINGS);
    assert.equal(wallDisplayFromConfig(config), null);
  });

  it('follow the config: rotation, alarm hold, highlight and sound', () => {
    const config = configOf(
      'wall: { rotate: 30s, alarmHold: 5m, highlight: 0s, display: 2 }\nalerts: { sound: true }\n',
    );
    assert.deepEqual(wallSettingsFromConfig(config), {
      rotateEveryMs: 30_000,
      alarmHoldMs: 300_000,
      changedHighlightMs: 0,
      sound: true,
    });
    assert.equal(wallDisplayFromConfig(config), 2);
  });

  it('pass the IPC contract for every duration the config allows at its bounds', () => {
    for (const wall of ['{ rotate: 5s, alarmHold: 0s }', '{ rotate: 1h, highlight: 1d }']) {
      const settings = wallSettingsFromConfig(configOf(`wall: ${wall}\n`));
      assert.ok(wallSettingsSchema.safeParse(settings).success, wall);
    }
  });

  it('never carry a Slack webhook, in any form', () => {
    const config = configOf('alerts: { slack: { alerting: { env: SLACK_WEBHOOK_INFRA } } }\n');
    const text = JSON.stringify(wallSettingsFromConfig(config));
    assert.ok(!text.includes('hooks.slack.com'));
    assert.ok(!text.includes('«secret»'));
    assert.deepEqual(Object.keys(wallSettingsFromConfig(config)).sort(), [
      'alarmHoldMs',
      'changedHighlightMs',
      'rotateEveryMs',
      'sound',
    ]);
  });
});
