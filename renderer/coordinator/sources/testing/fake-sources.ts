import type { InvokeRequest } from '../../../../shared/ipc/contract.ts';
import type { Snapshot, SourceState } from '../../../../shared/snapshot/snapshot-schema.ts';
import { pauseNotes } from '../../../../shared/sources/pause-notes.ts';
import type {
  PollAnswer,
  SourceControlResult,
  SourceDetail,
  SourcesDetail,
} from '../../../../shared/sources/source-detail.ts';
import type { EventDraft } from '../../../../shared/timeline/event.ts';

interface Seat {
  readonly actor: string;
  readonly at: string;
}

/** One pause or resume as main does it: the note it writes, the snapshot after, the answer. */
export interface SourceChange {
  readonly note: EventDraft;
  readonly result: SourceControlResult;
  /** The snapshot main pushes after the change. */
  after(snapshot: Snapshot): Snapshot;
}

/**
 * The sources page's half of main, in memory, for component tests: pause and resume change
 * the detail and the snapshot's source the way the collector does (paused reads `stale`,
 * never `ok`), and refuse what main refuses; "poll now" answers what the test set.
 */
export class FakeSources {
  #detail: SourcesDetail;
  #pollAnswer: PollAnswer = { status: 'polling' };

  constructor(detail: SourcesDetail) {
    this.#detail = detail;
  }

  detail(): SourcesDetail {
    return this.#detail;
  }

  /** What main answers from now on. */
  setDetail(detail: SourcesDetail): void {
    this.#detail = detail;
  }

  setPollAnswer(answer: PollAnswer): void {
    this.#pollAnswer = answer;
  }

  pause(request: InvokeRequest<'source:pause'>, seat: Seat): SourceChange {
    const source = this.#find(request.id);
    if (source.paused) throw new Error(`Bron ${source.id} is al gepauzeerd`);
    const paused = { since: seat.at, by: seat.actor };
    const next = { ...source, health: 'stale' as const, paused, nextPollAt: null };
    return this.#change(next, pauseNotes.paused(source.id, request.reason), seat, {
      status: 'paused',
    });
  }

  resume(request: InvokeRequest<'source:resume'>, seat: Seat): SourceChange {
    const source = this.#find(request.id);
    if (!source.paused) throw new Error(`Bron ${source.id} is niet gepauzeerd`);
    const next = { ...source, paused: null, nextPollAt: seat.at };
    return this.#change(next, pauseNotes.resumed(source.id), seat, { status: 'polling' });
  }

  pollNow(request: InvokeRequest<'source:poll-now'>): SourceControlResult {
    return { source: this.#find(request.id), poll: this.#pollAnswer };
  }

  #find(id: string): SourceDetail {
    const source = this.#detail.sources.find((candidate) => candidate.id === id);
    if (!source) throw new Error(`Onbekende bron "${id}"`);
    return source;
  }

  #change(next: SourceDetail, text: string, seat: Seat, poll: PollAnswer): SourceChange {
    this.#detail = {
      ...this.#detail,
      sources: this.#detail.sources.map((source) => (source.id === next.id ? next : source)),
    };
    return {
      note: {
        at: seat.at,
        actor: seat.actor,
        domain: null,
        source: null,
        kind: 'note',
        summary: text,
        data: {},
      },
      result: { source: next, poll },
      after: (snapshot) => ({
        ...snapshot,
        sources: snapshot.sources.map((source) =>
          source.id === next.id ? withPause(source, next) : source,
        ),
      }),
    };
  }
}

/** The snapshot's source after a pause (stale, `paused` set) or a resume (`paused` gone). */
function withPause(source: SourceState, next: SourceDetail): SourceState {
  const base: SourceState = {
    id: source.id,
    kind: source.kind,
    health: source.health,
    lastSuccessAt: source.lastSuccessAt,
    error: source.error,
    nextPollAt: next.nextPollAt,
  };
  return next.paused ? { ...base, health: 'stale', paused: next.paused } : base;
}
