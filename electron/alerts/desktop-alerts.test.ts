import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EvidenceOf } from '../../shared/marks/evidence.ts';
import { sampleMark } from '../../shared/marks/testing/sample-marks.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import type { EventDraft } from '../../shared/timeline/event.ts';
import {
  domainStatusDraft,
  markFollowUpDraft,
  markRaisedDraft,
  minutesAfter,
} from '../../shared/timeline/testing/event-drafts.ts';
import { desktopAlerts, INITIAL_DESKTOP_STATE, type DesktopState } from './desktop-alerts.ts';
import { numbered } from './testing/numbered.ts';

const CONTEXT = { playbook: defaultPlaybook, timeZone: 'Europe/Amsterdam', sound: false };
const at = minutesAfter(1);
const down = sampleMark('check-down').evidence as EvidenceOf<'check-down'>;
const alert = sampleMark('alert-firing').evidence as EvidenceOf<'alert-firing'>;
const unacknowledged = sampleMark('unacknowledged').evidence;

function decide(drafts: readonly EventDraft[], state: DesktopState = INITIAL_DESKTOP_STATE) {
  return desktopAlerts(state, numbered(drafts), CONTEXT);
}

describe('desktop alerts', () => {
  it('one per new critical mark, in Dutch, naming the domain to open', () => {
    const { alerts } = decide([markRaisedDraft(at, 'website', down)]);
    assert.deepEqual(alerts, [
      {
        title: 'Website coronamelder.nl: KRITIEK',
        body: 'X-site al 4 min onbereikbaar',
        domain: 'website',
        sound: false,
      },
    ]);
  });

  it('nothing for a warning, an acknowledgement, a clearing or a status change', () => {
    const { alerts } = decide([
      markRaisedDraft(at, 'alerting', alert, { severity: 'warning' }),
      markFollowUpDraft('mark-acknowledged', at, 'website', { seq: 1, rule: 'check-down' }),
      markFollowUpDraft('mark-cleared', at, 'website', { seq: 1, rule: 'check-down' }),
      domainStatusDraft(at, 'website', 'ok', 'critical'),
    ]);
    assert.deepEqual(alerts, []);
  });

  it('several critical marks of one domain at once are one alert that counts them', () => {
    const { alerts } = decide([
      markRaisedDraft(at, 'alerting', alert),
      markRaisedDraft(at, 'website', down),
      markRaisedDraft(at, 'alerting', { ...alert, alert: { ...alert.alert, summary: 'Y-9' } }),
    ]);
    assert.deepEqual(
      alerts.map((one) => [one.domain, one.body.split(':')[0]]),
      [
        ['alerting', '2 nieuwe kritieke markeringen'],
        ['website', 'X-site al 4 min onbereikbaar'],
      ],
    );
  });

  it('carries the config’s sound setting', () => {
    const { alerts } = desktopAlerts(
      INITIAL_DESKTOP_STATE,
      numbered([markRaisedDraft(at, 'website', down)]),
      { ...CONTEXT, sound: true },
    );
    assert.equal(alerts[0]?.sound, true);
  });

  it('escalation turning critical with its own critical mark: one alert, not two', () => {
    const { alerts, state } = decide([
      markRaisedDraft(at, 'escalation', unacknowledged),
      domainStatusDraft(at, 'escalation', 'ok', 'critical'),
    ]);
    assert.equal(alerts.length, 1);
    assert.equal(alerts[0]?.title, 'Escalatie: KRITIEK');
    assert.match(alerts[0]?.body ?? '', /niet bevestigd/);
    assert.deepEqual(state, { escalationAnnounced: true });
  });

  it('escalation turning critical without a mark (a criterion met by hand): an alert naming the trigger', () => {
    const { alerts } = decide([
      {
        kind: 'criterion-met',
        at,
        domain: 'escalation',
        source: null,
        actor: 'Pat',
        summary: 'Escalatie: criterium met de hand vastgesteld — P1 bij de GGD',
        data: { reason: 'P1 bij de GGD' },
      },
      domainStatusDraft(at, 'escalation', 'warning', 'critical'),
    ]);
    assert.deepEqual(alerts, [
      {
        title: 'Escalatie: KRITIEK',
        body: 'Aanleiding: P0/P1-verstoring en/of blokkade van bestaande processen/afspraken',
        domain: 'escalation',
        sound: false,
      },
    ]);
  });

  it('escalation: the mark and the status in separate batches still make one alert', () => {
    const first = decide([markRaisedDraft(at, 'escalation', unacknowledged)]);
    const second = decide([domainStatusDraft(at, 'escalation', 'ok', 'critical')], first.state);
    assert.equal(first.alerts.length, 1);
    assert.deepEqual(second.alerts, []);
  });

  it('escalation alerts again after it has left critical and turns critical once more', () => {
    let state = decide([domainStatusDraft(at, 'escalation', 'ok', 'critical')]).state;
    state = decide([domainStatusDraft(at, 'escalation', 'critical', 'ok')], state).state;
    const again = decide([domainStatusDraft(at, 'escalation', 'ok', 'critical')], state);
    assert.equal(again.alerts.length, 1);
  });

  it('a new critical escalation mark while escalation is already critical is still news', () => {
    const state = decide([domainStatusDraft(at, 'escalation', 'ok', 'critical')]).state;
    assert.equal(
      decide([markRaisedDraft(at, 'escalation', unacknowledged)], state).alerts.length,
      1,
    );
  });

  it('keeps a notification short', () => {
    const long = { ...alert, alert: { ...alert.alert, summary: 'X'.repeat(1_000) } };
    const { alerts } = decide([markRaisedDraft(at, 'alerting', long)]);
    assert.ok([...(alerts[0]?.body ?? '')].length <= 300);
    assert.ok(alerts[0]?.body.endsWith('…'));
  });
});
