import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EvidenceOf } from '../../shared/marks/evidence.ts';
import { sampleMark } from '../../shared/marks/testing/sample-marks.ts';
import type { DomainId } from '../../shared/playbook/domains.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import type { EventDraft } from '../../shared/timeline/event.ts';
import {
  domainStatusDraft,
  informedDraft,
  markFollowUpDraft,
  markRaisedDraft,
  minutesAfter,
  noteDraft,
} from '../../shared/timeline/testing/event-drafts.ts';
import { slackMessages, type SlackContext } from './slack-messages.ts';
import { numbered } from './testing/numbered.ts';

const CONTEXT: SlackContext = {
  playbook: defaultPlaybook,
  timeZone: 'Europe/Amsterdam',
  title: 'Oefening',
  demo: false,
  lines: new Set<DomainId>(['website']),
};
const at = minutesAfter(1);
const down = sampleMark('check-down').evidence as EvidenceOf<'check-down'>;
const raised = { seq: 1, rule: 'check-down' } as const;

function messages(drafts: readonly EventDraft[], context: SlackContext = CONTEXT) {
  return slackMessages(numbered(drafts), context);
}

describe("Slack messages for a communication line's channel", () => {
  it('a raise, its acknowledgement (and by whom) and its clearing, one message each', () => {
    assert.deepEqual(
      messages([
        markRaisedDraft(at, 'website', down),
        markFollowUpDraft('mark-acknowledged', at, 'website', raised, { actor: 'Pat de Vries' }),
        markFollowUpDraft('mark-cleared', at, 'website', raised),
      ]),
      [
        {
          domain: 'website',
          text: '[Oefening] Website coronamelder.nl: nieuwe markering #1 (KRITIEK): X-site al 4 min onbereikbaar',
        },
        {
          domain: 'website',
          text: '[Oefening] Website coronamelder.nl: markering #1 (check onbereikbaar) bevestigd door Pat de Vries',
        },
        {
          domain: 'website',
          text: '[Oefening] Website coronamelder.nl: markering #1 (check onbereikbaar) opgeheven',
        },
      ],
    );
  });

  it('warnings too, said as such', () => {
    const [message] = messages([markRaisedDraft(at, 'website', down, { severity: 'warning' })]);
    assert.match(message?.text ?? '', /nieuwe markering #1 \(WAARSCHUWING\)/);
  });

  it('nothing for a domain whose line has no webhook', () => {
    assert.deepEqual(messages([markRaisedDraft(at, 'alerting', down)]), []);
  });

  it('nothing for statuses, notes, informing or the collector', () => {
    assert.deepEqual(
      messages([
        domainStatusDraft(at, 'website', 'ok', 'critical'),
        noteDraft(at, 'website', 'Pat', 'gebeld met hosting'),
        informedDraft(at, 'website', 'Pat', 'Website: hosting geïnformeerd'),
      ]),
      [],
    );
  });

  it('says DEMO when the config is a demo', () => {
    const [message] = messages([markRaisedDraft(at, 'website', down)], { ...CONTEXT, demo: true });
    assert.ok(message?.text.startsWith('[Oefening] [DEMO] Website'));
  });
});
