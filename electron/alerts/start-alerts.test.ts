import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { parseConfigText, type Config } from '../../shared/config/parse-config.ts';
import type { EvidenceOf } from '../../shared/marks/evidence.ts';
import { sampleMark } from '../../shared/marks/testing/sample-marks.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import {
  domainStatusDraft,
  markFollowUpDraft,
  markRaisedDraft,
  minutesAfter,
} from '../../shared/timeline/testing/event-drafts.ts';
import { MemoryTimelineStore } from '../../shared/timeline/testing/memory-store.ts';
import { FakeClock } from '../time/testing/fake-clock.ts';
import { TimelineKeeper, type AppendedListener } from '../timeline/timeline-keeper.ts';
import type { DesktopAlert } from './desktop-alert.ts';
import { answers, startFakeSlack, type FakeSlack } from './testing/fake-slack.ts';
import { startAlerts, type Alerts } from './start-alerts.ts';
import { numbered } from './testing/numbered.ts';

const down = sampleMark('check-down').evidence as EvidenceOf<'check-down'>;
const unacknowledged = sampleMark('unacknowledged').evidence;
const at = minutesAfter(1);

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function configWith(alerts: string, env: Record<string, string>): Config {
  const text = [
    'title: Oefening',
    'sources:',
    '  - { id: am, kind: alertmanager, url: "http://127.0.0.1:9093" }',
    alerts,
    '',
  ].join('\n');
  const parsed = parseConfigText(text, { fileName: 'dijkwacht.yaml', env });
  if (!parsed.ok) assert.fail(parsed.error.message);
  return parsed.value;
}

interface Seat {
  readonly store: MemoryTimelineStore;
  readonly keeper: TimelineKeeper;
  readonly alerts: Alerts;
  readonly shown: DesktopAlert[];
  readonly logged: string[];
  readonly slack: FakeSlack;
}

/**
 * A timeline that already holds `history`, a keeper over it, a fake Slack for the lines in
 * `alerts` (the webhook is $HOOK), and the alerts started on top, as the app starts them.
 */
async function seat(
  options: {
    alerts?: string;
    history?: Parameters<MemoryTimelineStore['append']>[0];
    notify?: (alert: DesktopAlert) => void;
    withoutNotify?: boolean;
  } = {},
): Promise<Seat> {
  const clock = new FakeClock(at, { autoAdvance: true });
  const slack = await startFakeSlack(clock);
  cleanup.push(() => slack.close());
  const config = configWith(options.alerts ?? 'alerts: { slack: { website: { env: HOOK } } }', {
    HOOK: slack.url,
  });
  const store = new MemoryTimelineStore({ now: () => new Date(clock.now()) });
  if (options.history) await store.append(options.history);
  const keeper = await TimelineKeeper.open({ store, config, playbook: defaultPlaybook, clock });
  const shown: DesktopAlert[] = [];
  const logged: string[] = [];
  const alerts = startAlerts({
    keeper,
    config,
    playbook: defaultPlaybook,
    clock,
    ...(options.withoutNotify ? {} : { notify: options.notify ?? ((alert) => shown.push(alert)) }),
    log: (line) => logged.push(line),
  });
  cleanup.push(() => alerts.stop());
  return { store, keeper, alerts, shown, logged, slack };
}

async function record(seat: Seat, drafts: Parameters<MemoryTimelineStore['append']>[0]) {
  seat.keeper.enqueue(drafts);
  await seat.keeper.flush();
  await seat.alerts.settled();
}

describe('alerts, started on a running timeline', () => {
  it('tell of what happens after the start, never of what the timeline already held', async () => {
    const history = [
      markRaisedDraft(minutesAfter(-30), 'website', down),
      domainStatusDraft(minutesAfter(-30), 'website', 'ok', 'critical'),
    ];
    const running = await seat({ history });
    assert.equal(running.shown.length, 0);
    await record(running, [
      markFollowUpDraft(
        'mark-acknowledged',
        at,
        'website',
        { seq: 1, rule: 'check-down' },
        { actor: 'Pat de Vries' },
      ),
      markRaisedDraft(at, 'website', { ...down, check: { ...down.check, name: 'Y-site' } }),
    ]);
    assert.deepEqual(
      running.shown.map((alert) => [alert.domain, alert.title, alert.body]),
      [['website', 'Website coronamelder.nl: KRITIEK', 'Y-site al 4 min onbereikbaar']],
    );
    assert.deepEqual(running.slack.texts(), [
      '[Oefening] Website coronamelder.nl: markering #1 (check onbereikbaar) bevestigd door Pat de Vries',
      '[Oefening] Website coronamelder.nl: nieuwe markering #4 (KRITIEK): Y-site al 4 min onbereikbaar',
    ]);
  });

  it('say each event once, even when it is handed out twice', async () => {
    const running = await seat({ withoutNotify: true });
    let deliver: AppendedListener = () => undefined;
    const shown: DesktopAlert[] = [];
    const alerts = startAlerts({
      keeper: {
        state: () => running.keeper.state(),
        subscribe: (listener) => {
          deliver = listener;
          return () => undefined;
        },
      },
      config: configWith('alerts: { slack: { website: { env: HOOK } } }', {
        HOOK: running.slack.url,
      }),
      playbook: defaultPlaybook,
      clock: new FakeClock(at, { autoAdvance: true }),
      notify: (alert) => shown.push(alert),
    });
    cleanup.push(() => alerts.stop());
    const events = numbered([markRaisedDraft(at, 'website', down)]);
    deliver(events, 1);
    deliver(events, 1);
    await alerts.settled();
    assert.equal(shown.length, 1);
    assert.equal(running.slack.posts().length, 1);
  });

  it('post an acknowledgement another writer made (the ack command) once the keeper reads it', async () => {
    const running = await seat();
    await record(running, [markRaisedDraft(at, 'website', down)]);
    await running.store.append([
      markFollowUpDraft(
        'mark-acknowledged',
        at,
        'website',
        { seq: 1, rule: 'check-down' },
        {
          actor: 'Sam',
        },
      ),
    ]);
    await running.keeper.catchUp();
    await running.alerts.settled();
    assert.match(running.slack.texts().at(-1) ?? '', /bevestigd door Sam$/);
  });

  it('one alert for an escalation, with the domain to open', async () => {
    const running = await seat();
    await record(running, [
      markRaisedDraft(at, 'escalation', unacknowledged),
      domainStatusDraft(at, 'escalation', 'ok', 'critical'),
    ]);
    assert.deepEqual(
      running.shown.map((alert) => [alert.domain, alert.title]),
      [['escalation', 'Escalatie: KRITIEK']],
    );
  });

  it('with desktop: false never call notify, and Slack still hears', async () => {
    const running = await seat({
      alerts: 'alerts: { desktop: false, slack: { website: { env: HOOK } } }',
    });
    await record(running, [markRaisedDraft(at, 'website', down)]);
    assert.deepEqual(running.shown, []);
    assert.equal(running.slack.posts().length, 1);
  });

  it('post to Slack without a notify (the command-line collector)', async () => {
    const running = await seat({ withoutNotify: true });
    await record(running, [markRaisedDraft(at, 'website', down)]);
    assert.equal(running.slack.posts().length, 1);
  });

  it('survive a notify that throws: the timeline keeps being written', async () => {
    const running = await seat({
      notify: () => {
        throw new Error('no notification server');
      },
    });
    await record(running, [markRaisedDraft(at, 'website', down)]);
    await record(running, [markRaisedDraft(at, 'escalation', unacknowledged)]);
    assert.equal(running.keeper.state().state, 'ok');
    assert.equal((await running.store.read({})).length, 2);
    assert.deepEqual(running.logged, [
      'dijkwacht: a desktop alert failed (Error)',
      'dijkwacht: a desktop alert failed (Error)',
    ]);
  });

  it('share one queue between lines with the same webhook: one at a time, in order', async () => {
    const running = await seat({
      alerts: 'alerts: { slack: { alerting: { env: HOOK }, website: { env: HOOK } } }',
    });
    await record(running, [
      markRaisedDraft(at, 'website', down),
      markRaisedDraft(at, 'alerting', sampleMark('alert-firing').evidence),
      markRaisedDraft(at, 'helpdesk', sampleMark('ticket-spike').evidence),
    ]);
    assert.deepEqual(
      running.slack.texts().map((text) => text.split(':')[0]),
      ['[Oefening] Website coronamelder.nl', '[Oefening] Alerting'],
    );
    assert.equal(running.slack.maxConcurrent(), 1);
  });

  it('name the lines, never the webhook, when Slack refuses', async () => {
    const clock = new FakeClock(at, { autoAdvance: true });
    const slack = await startFakeSlack(clock, [answers.noService]);
    cleanup.push(() => slack.close());
    const config = configWith(
      'alerts: { slack: { alerting: { env: HOOK }, website: { env: HOOK } } }',
      { HOOK: slack.url },
    );
    const store = new MemoryTimelineStore();
    const keeper = await TimelineKeeper.open({ store, config, playbook: defaultPlaybook, clock });
    const logged: string[] = [];
    const alerts = startAlerts({
      keeper,
      config,
      playbook: defaultPlaybook,
      clock,
      log: (line) => logged.push(line),
    });
    cleanup.push(() => alerts.stop());
    keeper.enqueue([markRaisedDraft(at, 'website', down)]);
    await keeper.flush();
    await alerts.settled();
    assert.deepEqual(logged, [
      'dijkwacht: Slack (alerting and website lines): HTTP 404 no_service; message dropped',
    ]);
  });

  it('stop: nothing more is said', async () => {
    const running = await seat();
    await running.alerts.stop();
    await record(running, [markRaisedDraft(at, 'website', down)]);
    assert.deepEqual(running.shown, []);
    assert.deepEqual(running.slack.posts(), []);
  });
});
