import type { InvokeHandlers } from '../../shared/ipc/dispatch.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import { PrivacyClockError, type ClockPlan } from '../../shared/privacy/clock-changes.ts';
import { findIncident } from '../../shared/privacy/incidents.ts';
import { domainTitle } from '../../shared/timeline/summaries.ts';
import type { Collector } from '../collector/collector.ts';
import { PrivacyClockFile } from '../privacy/clock-file.ts';
import { PrivacyClockKeeper } from '../privacy/privacy-clock-keeper.ts';
import type { Clock } from '../time/clock.ts';
import { oneLine, performAction } from '../timeline/actions.ts';
import type { TimelineKeeper } from '../timeline/timeline-keeper.ts';

export type PrivacyChannel =
  'privacy:get' | 'privacy:start' | 'privacy:set-awareness' | 'privacy:decide';

export interface PrivacyHandlerOptions {
  readonly keeper: Pick<TimelineKeeper, 'store' | 'catchUp'>;
  readonly collector: Pick<Collector, 'snapshot' | 'publish'>;
  readonly playbook: Playbook;
  /** The app's data folder: the clocks' file lives there. */
  readonly dataDir: string;
  /** The war room's time zone, for the times in the events' summaries. */
  readonly timezone: string;
  /** The operator of this seat (operator:get): every change records them as the actor. */
  readonly operatorName: () => Promise<string | null>;
  readonly clock: Clock;
}

/**
 * The 72-hour privacy clock's IPC (docs/privacy-clock.md): reading the clocks (the desk and
 * the wall), and the coordinator's changes — start, the moment of awareness, the AP decision —
 * each logged on the timeline as a `note` or `decision` of the privacy domain.
 */
export function privacyHandlers(
  options: PrivacyHandlerOptions,
): Pick<InvokeHandlers, PrivacyChannel> {
  const clocks = new PrivacyClockKeeper({
    file: new PrivacyClockFile(options.dataDir, options.keeper.store.location),
    timeZone: options.timezone,
    domainTitle: domainTitle(options.playbook, 'privacy'),
    now: () => options.clock.now(),
    record: (plan, actor) => record(options, plan, actor),
    announce: async () => {
      // Shown at once, as the other actions are: the keeper reads the event back, then publish.
      await options.keeper.catchUp();
      options.collector.publish();
    },
  });
  return {
    'privacy:get': () => clocks.answer(),
    'privacy:start': async ({ incident }) => {
      const actor = await operator(options);
      const privacy = options.collector
        .snapshot()
        .domains.find((domain) => domain.id === 'privacy');
      const found = findIncident(privacy, incident);
      if (!found)
        throw new PrivacyClockError(
          incident.kind === 'ticket'
            ? `ticket ${incident.ticketId} is not an open privacy incident now`
            : `mark #${incident.raisedSeq} is not an open privacy mark now`,
        );
      return clocks.start(found, actor);
    },
    'privacy:set-awareness': async (request) =>
      clocks.setAwareness({ ...request, reason: oneLine(request.reason) }, await operator(options)),
    'privacy:decide': async (request) =>
      clocks.decide({ ...request, reason: oneLine(request.reason) }, await operator(options)),
  };
}

async function operator(options: PrivacyHandlerOptions): Promise<string> {
  const name = await options.operatorName();
  if (name === null) throw new Error('Vul eerst uw naam in / Enter your name first');
  return name;
}

async function record(options: PrivacyHandlerOptions, plan: ClockPlan, actor: string) {
  const [event] = await performAction(
    options.keeper.store,
    {
      kind: plan.kind,
      text: plan.summary,
      domain: 'privacy',
      ...(plan.corrects === null ? {} : { corrects: plan.corrects }),
    },
    { actor, clock: options.clock, playbook: options.playbook },
  );
  if (!event) throw new Error('nothing was written');
  return event;
}
