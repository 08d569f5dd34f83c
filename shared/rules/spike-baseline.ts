/**
 * What is normal for one kind of report, without learning from its spikes. The baseline is cut
 * into half-window periods (the twelve half hours of the default 6 h baseline), and no period
 * counts for more than what was usual for the kind there (its median share of the queue) plus
 * ordinary noise: an earlier spike then neither raises the bar for a second spike of the same
 * kind hours later nor makes the bar jump as it slides out of the window into the baseline.
 * (In the demo, the plain count over the baseline took "code niet ontvangen" from 3.7 expected
 * to 16 within a minute, and the next cycle's spike of it went unseen.)
 */

/** The rule's settings this needs (a ticket-spike rule, without importing the schema). */
export interface SpikeSettings {
  readonly window: number;
  readonly baseline: number;
}

/** One kind's reports: how many in the window, and how many in each period of the baseline. */
export interface KindCounts {
  readonly recent: number;
  readonly periods: readonly number[];
}

export interface Periods {
  /** How many periods the baseline is cut into. */
  readonly count: number;
  /** How long each is (ms). */
  readonly width: number;
}

/**
 * Half-window periods: a spike of 30–90 minutes then touches at most four of the default
 * twelve, too few to move their median, while each still holds enough reports to give a
 * share. Whole windows did a little worse in scripts/bench: a spike straddling two of six
 * left more of itself behind.
 */
const PERIODS_PER_WINDOW = 2;

/**
 * More periods add nothing to telling spikes from ordinary periods but cost memory per kind
 * (a 1 min window over a 30 day baseline would be 86,400); wider ones are used instead.
 */
const MAX_PERIODS = 48;

/**
 * How far above its usual count a period may go before it is cut back, in standard deviations
 * of Poisson noise. Three leaves ordinary busy periods as they are (cutting those would bias
 * every normal low and raise false marks) and keeps no more of a spike than that.
 */
const NOISE_ALLOWANCE = 3;

/**
 * How far a quieter rest of the queue may lower what is normal for a kind: a busy afternoon in
 * the baseline must not hide an evening spike (scripts/bench).
 */
const DECLINE_FLOOR = 0.8;

/** The baseline cut into periods of about half the window; at least one. */
export function periodsOf(window: number, baseline: number): Periods {
  const count =
    window > 0
      ? Math.min(MAX_PERIODS, Math.max(1, Math.round((baseline * PERIODS_PER_WINDOW) / window)))
      : MAX_PERIODS;
  return { count, width: baseline / count };
}

/**
 * Which period a call in the baseline (baselineStart, windowStart] falls in, 0 being the one
 * just before the window. Each period is (start, end] like the window itself.
 */
export function periodIndex(periods: Periods, windowStart: number, called: number): number {
  const index = Math.ceil((windowStart - called) / periods.width) - 1;
  return Math.min(periods.count - 1, Math.max(0, index));
}

/** The middle value, or the mean of the two middle ones; 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The count expected in the window, per kind: its share of the queue over the baseline, with
 * spikes cut back, times what the rest of the queue brought in the window — so it rises as
 * far as the other kinds grew (an even rise is no spike) — but never below DECLINE_FLOOR of
 * its own rate. The other kinds' spikes are cut back in the rest's baseline too: left in, they
 * make the rest look busier than it was and every other kind's expectation lower (the morning
 * after a night-time spike, scripts/bench).
 */
export function expectedCounts(
  rule: SpikeSettings,
  kinds: ReadonlyMap<string, KindCounts>,
): Map<string, number> {
  const periods = periodsOf(rule.window, rule.baseline);
  const totals = sumPerPeriod(
    periods.count,
    [...kinds.values()].map((kind) => kind.periods),
  );
  const ordinary = new Map(
    [...kinds].map(([value, kind]) => [value, sum(withoutSpikes(kind.periods, totals))]),
  );
  const ordinaryTotal = sum([...ordinary.values()]);
  const recentTotal = sum([...kinds.values()].map((kind) => kind.recent));
  const byTime = rule.baseline > 0 ? rule.window / rule.baseline : 0;
  const expected = new Map<string, number>();
  for (const [value, kind] of kinds) {
    const own = ordinary.get(value)!;
    const rest = ordinaryTotal - own;
    const restRecent = recentTotal - kind.recent;
    expected.set(
      value,
      rest <= 0 ? own * byTime : Math.max(own * byTime * DECLINE_FLOOR, (own * restRecent) / rest),
    );
  }
  return expected;
}

/**
 * A kind's counts per period, each cut back to at most its usual count there plus
 * NOISE_ALLOWANCE standard deviations (Poisson: the square root of the usual count, and at
 * least 1, so that a kind that is usually absent may still have a few reports). A cap rather
 * than leaving spiking periods out: the expectation then moves smoothly as a spike slides
 * through the periods, where a cut-off would make it jump each time a period crossed it.
 */
function withoutSpikes(counts: readonly number[], totals: readonly number[]): number[] {
  const usual = usualCounts(counts, totals);
  return counts.map((count, index) => {
    const normal = usual[index]!;
    return Math.min(count, normal + NOISE_ALLOWANCE * Math.sqrt(Math.max(normal, 1)));
  });
}

/**
 * What was usual for a kind in each period: its median share of the rest of the queue, times
 * that period's rest, so an even rise of the whole queue (a launch morning) is usual too. Never
 * less than its median period: next to a rest of a few reports (a dominant kind beside a rare
 * one) the share says little, and with no rest at all (a domain of one kind) nothing.
 */
function usualCounts(counts: readonly number[], totals: readonly number[]): number[] {
  const rests = totals.map((total, index) => total - counts[index]!);
  const shares = counts.flatMap((count, index) =>
    rests[index]! > 0 ? [count / rests[index]!] : [],
  );
  const own = median(counts);
  if (shares.length === 0) return counts.map(() => own);
  const share = median(shares);
  return rests.map((rest) => Math.max(own, share * rest));
}

function sumPerPeriod(count: number, lists: readonly (readonly number[])[]): number[] {
  const totals = new Array<number>(count).fill(0);
  for (const list of lists) list.forEach((value, index) => (totals[index]! += value));
  return totals;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
