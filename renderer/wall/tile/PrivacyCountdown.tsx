import type { PrivacyClock, PrivacyClocks } from '../../../shared/privacy/clock-schema.ts';
import { byUrgency, countdown } from '../../../shared/privacy/countdown.ts';
import { formatHoursLeft } from '../../../shared/privacy/countdown-words.ts';
import { privacyIncidents } from '../../../shared/privacy/incidents.ts';
import type { DomainSnapshot } from '../../../shared/snapshot/snapshot-schema.ts';
import { formatClock } from '../../../shared/text/format.ts';
import { usePrivacyClocks } from '../../coordinator/privacy/use-privacy-clocks.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';

export interface PrivacyCountdownProps {
  /** The Privacy domain: its open incidents decide what a quiet line says. */
  readonly domain: DomainSnapshot;
  readonly timeZone: string;
  /** The time to the minute: the countdown moves with the tile, once a minute. */
  readonly minute: Date;
}

interface Shown {
  readonly text: string;
  /** The running clock's stage, `decided`, `idle` or `problem`: the line's look and test hook. */
  readonly state: string;
}

/**
 * The Privacy tile's line for the 72-hour clock (docs/privacy-clock.md): the most urgent
 * running clock's time left and its stage, "+1 meer" for other running clocks, overdue in red
 * words; else the decision for an incident still open, or that no clock runs. Always one line,
 * cut with an ellipsis (the time left comes first, so it stays), and always there: the marks
 * above it are fitted to the room the tile has, which must not shrink when the clocks arrive.
 */
export function PrivacyCountdown({ domain, timeZone, minute }: PrivacyCountdownProps) {
  const { t, language } = useI18n();
  const { data, isError } = usePrivacyClocks();
  const shown = isError ? problem() : data ? lineFor(data) : null;
  return (
    <p
      className={`privacy-countdown is-${shown?.state ?? 'loading'}`}
      data-testid={testIds.wallPrivacyCountdown}
      data-state={shown?.state ?? 'loading'}
      title={shown?.text}
    >
      {shown?.text ?? '\u00a0'}
    </p>
  );

  function lineFor(answer: PrivacyClocks): Shown {
    if (answer.problem?.kind === 'unreadable') return problem();
    const running = answer.clocks.filter((clock) => clock.decision === null).sort(byUrgency);
    const [first, ...others] = running;
    if (first) return runningLine(first, others.length);
    const open = new Set(privacyIncidents(domain).map((incident) => incident.key));
    const decided = latestDecision(answer.clocks.filter((clock) => open.has(clock.id)));
    if (decided?.decision) {
      const time = formatClock(decided.decision.at, language, timeZone, minute);
      const key = decided.decision.notify ? 'privacy.wall.decidedYes' : 'privacy.wall.decidedNo';
      return { text: t(key, { time }), state: 'decided' };
    }
    return {
      text: t(open.size > 0 ? 'privacy.wall.notStarted' : 'privacy.wall.none'),
      state: 'idle',
    };
  }

  function runningLine(clock: PrivacyClock, others: number): Shown {
    const state = countdown(clock, minute.getTime());
    const left = formatHoursLeft(state.leftMs, language);
    const more = others > 0 ? ` ${t('tile.more', { n: others })}` : '';
    if (state.stage === 'overdue' || state.stage === null)
      return { text: t('privacy.wall.overdue', { left }) + more, state: 'overdue' };
    const stage = t(`privacy.stage.${state.stage}`);
    return { text: `${t('privacy.wall.left', { left })}${more} · ${stage}`, state: state.stage };
  }

  function problem(): Shown {
    return { text: t('privacy.wall.unreadable'), state: 'problem' };
  }
}

/** The newest decision among these clocks. */
function latestDecision(clocks: readonly PrivacyClock[]): PrivacyClock | undefined {
  return clocks
    .filter((clock) => clock.decision !== null)
    .sort((a, b) => Date.parse(b.decision?.at ?? '') - Date.parse(a.decision?.at ?? ''))[0];
}
