import type { InvokeHandlers } from '../../shared/ipc/dispatch.ts';
import type { TimelineFilter } from '../../shared/ipc/contract.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import type { TimelineEvent } from '../../shared/timeline/event.ts';
import type { EventFilter } from '../../shared/timeline/timeline-store.ts';
import type { Collector } from '../collector/collector.ts';
import { runExport } from '../export/run-export.ts';
import { wallDate, type Clock } from '../time/clock.ts';
import { performAction, type Action } from '../timeline/actions.ts';
import type { TimelineKeeper } from '../timeline/timeline-keeper.ts';
import type { OperatorFile } from './operator-file.ts';

export type TimelineChannel =
  | 'timeline:page'
  | 'operator:get'
  | 'operator:set'
  | 'action:acknowledge'
  | 'action:snooze'
  | 'action:informed'
  | 'action:criterion'
  | 'action:log'
  | 'export:run';

export interface TimelineHandlerOptions {
  /** A seat's stand-in works too (seat-services.ts): only the store and catching up are used. */
  readonly keeper: Pick<TimelineKeeper, 'store' | 'catchUp'>;
  /** Publishes at once after an action, so the mark reads acknowledged before the next beat. */
  readonly collector: Pick<Collector, 'publish'>;
  readonly playbook: Playbook;
  readonly operator: OperatorFile;
  readonly title: string;
  readonly timezone: string;
  /** The contacts' names: redacted in a Woo export wherever they appear. */
  readonly knownNames: readonly string[];
  /** Asks where to save an export (a dialog in the app); null when the user cancels. */
  readonly chooseExportFile: (suggestedName: string) => Promise<string | null>;
  readonly onExportProgress: (done: number, total: number) => void;
  /** Stamps actions and exports. */
  readonly clock: Clock;
}

/** The timeline's IPC: reading it, the coordinator's actions, and exporting. */
export function timelineHandlers(
  options: TimelineHandlerOptions,
): Pick<InvokeHandlers, TimelineChannel> {
  const act = (action: Action) => actAs(options, action);
  return {
    'timeline:page': async ({ filter, offset, limit }) => {
      const store = options.keeper.store;
      const storeFilter = toStoreFilter(filter);
      const [total, events] = await Promise.all([
        store.count(storeFilter),
        store.read({ ...storeFilter, order: 'desc', offset, limit }),
      ]);
      return { total, events };
    },
    'operator:get': async () => ({ name: await options.operator.get() }),
    'operator:set': async ({ name }) => ({ name: await options.operator.set(name) }),
    'action:acknowledge': ({ raisedSeq, note }) =>
      act({ kind: 'acknowledge', select: { raisedSeq }, note: note ?? null }),
    'action:snooze': ({ raisedSeq, forMs, reason }) =>
      act({ kind: 'snooze', select: { raisedSeq }, forMs, reason }),
    'action:informed': ({ domain, role, text }) =>
      act({ kind: 'informed', domain, role, text: text ?? null }),
    'action:criterion': ({ domain, met, reason }) =>
      act({ kind: met ? 'criterion-met' : 'criterion-withdrawn', domain, reason }),
    'action:log': ({ kind, text, domain }) => act({ kind, text, domain }),
    'export:run': (request) => exportTimeline(options, request),
  };
}

async function actAs(options: TimelineHandlerOptions, action: Action): Promise<TimelineEvent> {
  const actor = await options.operator.get();
  if (actor === null) throw new Error('Vul eerst uw naam in / Enter your name first');
  const events = await performAction(options.keeper.store, action, {
    actor,
    clock: options.clock,
    playbook: options.playbook,
  });
  // Shown at once: the mark reads "acknowledged" before the next heartbeat.
  await options.keeper.catchUp();
  options.collector.publish();
  const [first] = events;
  if (!first) throw new Error('nothing was written');
  return first;
}

async function exportTimeline(
  options: TimelineHandlerOptions,
  request: Parameters<InvokeHandlers['export:run']>[0],
) {
  const stamp = wallDate(options.clock).toISOString().slice(0, 16).replace(/[:T]/g, '-');
  const suffix = request.redact ? '-woo' : '';
  const file = await options.chooseExportFile(
    `dijkwacht-tijdlijn-${stamp}${suffix}.${request.format}`,
  );
  if (file === null) return { status: 'cancelled' as const };
  const actor = (await options.operator.get()) ?? 'onbekend';
  const result = await runExport(options.keeper.store, {
    format: request.format,
    redact: request.redact,
    from: request.from ? new Date(request.from) : null,
    to: request.to ? new Date(request.to) : null,
    domain: request.domain,
    title: options.title,
    timezone: options.timezone,
    knownNames: options.knownNames,
    out: file,
    actor,
    onProgress: options.onExportProgress,
    clock: options.clock,
  });
  await options.keeper.catchUp();
  return { status: 'saved' as const, file, events: result.events };
}

function toStoreFilter(filter: TimelineFilter): EventFilter {
  return {
    ...(filter.domains ? { domains: filter.domains } : {}),
    ...(filter.kinds ? { kinds: filter.kinds } : {}),
    ...(filter.from ? { from: new Date(filter.from) } : {}),
    ...(filter.to ? { to: new Date(filter.to) } : {}),
    ...(filter.text ? { text: filter.text } : {}),
  };
}
