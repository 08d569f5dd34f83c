import type { InvokeHandlers } from '../../shared/ipc/dispatch.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import type { PollAnswer, SourceControlResult } from '../../shared/sources/source-detail.ts';
import { pauseNotes } from '../../shared/sources/pause-notes.ts';
import type { Collector } from '../collector/collector.ts';
import type { PollRequestAnswer } from '../collector/poll-request.ts';
import { wallDate, type Clock } from '../time/clock.ts';
import { performAction } from '../timeline/actions.ts';
import type { TimelineKeeper } from '../timeline/timeline-keeper.ts';
import type { OperatorFile } from './operator-file.ts';

export type SourceChannel = 'sources:detail' | 'source:pause' | 'source:resume' | 'source:poll-now';

export interface SourceHandlerOptions {
  readonly collector: Collector;
  readonly keeper: Pick<TimelineKeeper, 'store' | 'catchUp'>;
  readonly operator: Pick<OperatorFile, 'get'>;
  readonly playbook: Playbook;
  /** Stamps the notes. */
  readonly clock: Clock;
}

/**
 * The sources page (docs/sources-page.md): each source's detail, and pause, resume and "poll
 * now". Pausing and resuming are the coordinator's acts: a note on the timeline with the
 * operator as its actor, then the change, whose `source-health` event the collector writes.
 * One act at a time, so two clicks never write two notes for one pause.
 */
export function sourceHandlers(options: SourceHandlerOptions): Pick<InvokeHandlers, SourceChannel> {
  const { collector } = options;
  const serially = serialiser();
  return {
    'sources:detail': async () => ({
      generatedAt: wallDate(options.clock).toISOString(),
      sources: collector.sourceDetails(),
    }),
    'source:pause': ({ id, reason }) =>
      serially(async () => {
        known(collector, id);
        const paused = collector.pausedState(id);
        if (paused) throw new Error(`Bron ${id} is al gepauzeerd / Source ${id} is paused already`);
        const by = await actor(options);
        await note(options, by, pauseNotes.paused(id, reason));
        collector.pause(id, by);
        return result(options, id, { status: 'paused' });
      }),
    'source:resume': ({ id }) =>
      serially(async () => {
        known(collector, id);
        if (!collector.pausedState(id))
          throw new Error(`Bron ${id} is niet gepauzeerd / Source ${id} is not paused`);
        await note(options, await actor(options), pauseNotes.resumed(id));
        return result(options, id, collector.resume(id) ?? { status: 'polling' });
      }),
    'source:poll-now': ({ id }) =>
      serially(async () => {
        known(collector, id);
        return result(options, id, collector.pollNow(id));
      }),
  };
}

/** Ids come from the renderer: only a configured source may be paused or polled. */
function known(collector: Collector, id: string): void {
  if (!collector.hasSource(id)) throw new Error(`Onbekende bron "${id}" / Unknown source "${id}"`);
}

async function actor(options: SourceHandlerOptions): Promise<string> {
  const name = await options.operator.get();
  if (name === null) throw new Error('Vul eerst uw naam in / Enter your name first');
  return name;
}

/** Written before the change, so the timeline reads "paused by Anna", then the health it led to. */
async function note(options: SourceHandlerOptions, by: string, text: string): Promise<void> {
  await performAction(
    options.keeper.store,
    { kind: 'note', text, domain: null },
    { actor: by, clock: options.clock, playbook: options.playbook },
  );
  await options.keeper.catchUp();
}

function result(
  options: SourceHandlerOptions,
  id: string,
  answer: PollRequestAnswer,
): SourceControlResult {
  const source = options.collector.sourceDetails().find((detail) => detail.id === id);
  if (!source) throw new Error(`no source "${id}"`);
  return { source, poll: wireAnswer(answer) };
}

function wireAnswer(answer: PollRequestAnswer): PollAnswer {
  return answer.status === 'scheduled'
    ? { status: 'scheduled', at: answer.at.toISOString(), reason: answer.reason }
    : answer;
}

/** Runs the acts one after another; a failed one does not block the next. */
function serialiser() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(act: () => Promise<T>): Promise<T> => {
    const run = tail.then(act);
    tail = run.catch(() => undefined);
    return run;
  };
}
