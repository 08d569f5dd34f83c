import type { CheckSegment } from './chart-schema.ts';

/**
 * One check's statuses as contiguous spans, oldest first, times in ms. Each observation holds
 * until the next one: a change seen at a poll is drawn from that poll on.
 */
export type CheckStatus = CheckSegment['status'];

export interface Span {
  readonly status: CheckStatus;
  readonly from: number;
  readonly to: number;
}

/** A span as the chart contract writes it. */
export function segmentOf(span: Span): CheckSegment {
  return {
    status: span.status,
    from: new Date(span.from).toISOString(),
    to: new Date(span.to).toISOString(),
  };
}

/** A span still being extended; only this module changes one. */
interface OpenSpan {
  status: CheckStatus;
  from: number;
  to: number;
}

export class CheckTimeline {
  readonly #spans: OpenSpan[] = [];

  get length(): number {
    return this.#spans.length;
  }

  /** The status at `at`: the last span grows, or a new one starts where it ends. */
  observe(status: CheckStatus, at: number): void {
    const last = this.#spans[this.#spans.length - 1];
    if (!last) {
      this.#spans.push({ status, from: at, to: at });
      return;
    }
    // A wall clock set back must not make spans overlap: time never runs backwards here.
    const when = Math.max(at, last.to);
    last.to = when;
    if (last.status !== status) this.#spans.push({ status, from: when, to: when });
  }

  /**
   * The current down span starts at `since` (StatusCake's own start of the period, which
   * beats the poll that first saw it): whatever was drawn from then on gives way.
   */
  downSince(since: number): void {
    const down = this.#spans.pop();
    if (!down || down.status !== 'down' || since >= down.from) {
      if (down) this.#spans.push(down);
      return;
    }
    while (this.#spans.length > 0 && this.#spans[this.#spans.length - 1]!.from >= since) {
      this.#spans.pop();
    }
    const before = this.#spans[this.#spans.length - 1];
    if (before?.status === 'down') {
      before.to = down.to;
      return;
    }
    if (before) before.to = Math.min(before.to, since);
    this.#spans.push({ status: 'down', from: since, to: down.to });
  }

  /** Drops the spans that ended before `cutoff` and the oldest beyond `max`; keeps the newest. */
  forget(cutoff: number, max: number): void {
    let drop = 0;
    while (drop < this.#spans.length - 1 && this.#spans[drop]!.to < cutoff) drop++;
    drop = Math.max(drop, this.#spans.length - Math.max(1, max));
    if (drop > 0) this.#spans.splice(0, drop);
  }

  /**
   * The spans over [from, to]: `unknown` before the first and after `knownUntil`; until then
   * the last status holds. Clipped, without empty spans, equal neighbours merged.
   */
  between(from: number, to: number, knownUntil: number): Span[] {
    const first = this.#spans[0];
    const last = this.#spans[this.#spans.length - 1];
    if (!first || !last) return to > from ? [{ status: 'unknown', from, to }] : [];
    const all: Span[] = [
      { status: 'unknown', from: Math.min(from, first.from), to: first.from },
      ...this.#spans.slice(0, -1),
      { status: last.status, from: last.from, to: Math.max(last.to, knownUntil) },
      { status: 'unknown', from: Math.max(last.to, knownUntil), to: Math.max(to, knownUntil) },
    ];
    return clipped(all, from, to);
  }
}

function clipped(spans: readonly Span[], from: number, to: number): Span[] {
  const result: Span[] = [];
  for (const span of spans) {
    const start = Math.max(span.from, from);
    const end = Math.min(span.to, to);
    if (end <= start) continue;
    const previous = result[result.length - 1];
    if (previous?.status === span.status && previous.to === start) {
      result[result.length - 1] = { ...previous, to: end };
    } else {
      result.push({ status: span.status, from: start, to: end });
    }
  }
  return result;
}
