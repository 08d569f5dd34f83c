import type { AwarenessSource, PrivacyIncidentRef } from './clock-schema.ts';
import { formatHoursMinutesNl } from './countdown-words.ts';
import { formatMoment } from './local-time.ts';

/**
 * The Dutch one-liners the privacy clock writes on the timeline (as `note` and `decision`
 * events of the privacy domain; docs/privacy-clock.md). Times are on the war room's clock with
 * the year, since the timeline is read long after the weekend. The coordinator's own words
 * come last, after " — ", as in every other action's summary.
 */

const NOTE_SEPARATOR = ' — ';

const SOURCE_WORDS: Readonly<Record<AwarenessSource, string>> = {
  'call-date': 'meldingsdatum',
  'mark-since': 'begin van de markering',
  edited: 'gewijzigd',
};

export interface SummaryContext {
  /** The privacy domain's title in the playbook ("Privacy"). */
  readonly domainTitle: string;
  readonly timeZone: string;
}

export function incidentLabel(ref: PrivacyIncidentRef): string {
  return ref.kind === 'ticket' ? `melding ${ref.number}` : `markering #${ref.raisedSeq}`;
}

const moment = (at: string | number, context: SummaryContext) =>
  formatMoment(at, 'nl', context.timeZone, { year: true });

export const privacySummaries = {
  started: (
    ref: PrivacyIncidentRef,
    awareness: { at: string; source: AwarenessSource },
    deadline: number,
    context: SummaryContext,
  ) =>
    `${context.domainTitle}: AP-meldtermijn (72 uur) gestart voor ${incidentLabel(ref)}: ` +
    `bewust sinds ${moment(awareness.at, context)} (${SOURCE_WORDS[awareness.source]}), ` +
    `melden vóór ${moment(deadline, context)}`,

  awarenessChanged: (
    ref: PrivacyIncidentRef,
    change: { from: string; to: string; deadline: number; reason: string },
    context: SummaryContext,
  ) =>
    `${context.domainTitle}: moment van bewustwording voor ${incidentLabel(ref)} gewijzigd ` +
    `van ${moment(change.from, context)} naar ${moment(change.to, context)}, ` +
    `melden nu vóór ${moment(change.deadline, context)}` +
    NOTE_SEPARATOR +
    change.reason,

  decided: (
    ref: PrivacyIncidentRef,
    decision: {
      notify: boolean;
      elapsedMs: number;
      deadline: number;
      reason: string;
      corrected: boolean;
    },
    context: SummaryContext,
  ) => {
    const late = decision.elapsedMs - 72 * 3_600_000;
    const timing =
      `besloten ${formatHoursMinutesNl(decision.elapsedMs)} na bewustwording` +
      (late > 0 ? `, ${formatHoursMinutesNl(late)} na de termijn` : '') +
      `, termijn tot ${moment(decision.deadline, context)}`;
    const verb = decision.corrected ? 'besluit gecorrigeerd: melden' : 'melden';
    return (
      `${context.domainTitle}: ${verb} bij de AP: ${decision.notify ? 'ja' : 'nee'} ` +
      `(${incidentLabel(ref)}, ${timing})` +
      NOTE_SEPARATOR +
      decision.reason
    );
  },
};
