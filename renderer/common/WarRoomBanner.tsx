import type { WarRoomState } from '../../shared/ipc/contract.ts';
import { formatTime } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { MessageKey } from '../i18n/messages.ts';
import { testIds } from '../testids.ts';
import '../styles/war-room.css';

/** Whether a seat has something to say out loud: then its banner replaces the stale one. */
export function seatProblem(state: WarRoomState | null): boolean {
  return state?.role === 'seat' && state.problem !== null;
}

/**
 * Loud, on every view of a seat that cannot vouch for what it shows (docs/war-room.md,
 * "Honest freshness"): no connection to the shared war room, a collector that fell silent, no
 * collector yet, or a store of another build — and since when, read from across the room.
 */
export function WarRoomBanner({
  state,
  timezone,
  compact = false,
}: {
  state: WarRoomState;
  timezone: string;
  /** The wall's one line, read from 5 m: what and since when; the desk names the server and the cause. */
  compact?: boolean;
}) {
  const { t, language } = useI18n();
  if (!seatProblem(state)) return null;
  const time = state.since ? formatTime(state.since, language, timezone) : null;
  const [key, values] = compact ? wallText(state, time) : bannerText(state, time);
  const showReason = !compact && state.error !== null && state.problem !== 'collector-silent';
  return (
    <div
      className={`war-room-banner is-${state.problem}`}
      role="alert"
      data-testid={testIds.warRoomBanner}
      data-problem={state.problem}
    >
      <span className={compact ? 'war-room-banner-line one-line' : 'war-room-banner-line clamp-2'}>
        {t(key, values)}
      </span>
      {showReason && (
        <span className="war-room-banner-reason clamp-2">
          {t('warroom.reason', { error: state.error ?? '' })}
        </span>
      )}
    </div>
  );
}

function bannerText(
  state: WarRoomState,
  time: string | null,
): [MessageKey, Record<string, string>] {
  const store = state.store;
  switch (state.problem) {
    case 'collector-silent':
      return [
        'warroom.silent',
        {
          label: state.collector?.label ?? '?',
          host: state.collector?.host ?? '?',
          time: time ?? '?',
        },
      ];
    case 'no-collector':
      return ['warroom.noCollector', { store }];
    case 'schema':
      return ['warroom.schema', { store }];
    default:
      return time ? ['warroom.disconnected', { store, time }] : ['warroom.connecting', { store }];
  }
}

/** The wall's shorter words: one line at 1920 wide, no server address, no cause. */
function wallText(state: WarRoomState, time: string | null): [MessageKey, Record<string, string>] {
  switch (state.problem) {
    case 'collector-silent':
      return bannerText(state, time);
    case 'no-collector':
      return ['warroom.wall.noCollector', {}];
    case 'schema':
      return ['warroom.wall.schema', {}];
    default:
      return time ? ['warroom.wall.disconnected', { time }] : ['warroom.wall.connecting', {}];
  }
}

/** Quiet, in the header: this screen is a seat of (or the collector for) a shared war room. */
export function WarRoomBadge({ state }: { state: WarRoomState }) {
  const { t } = useI18n();
  if (state.role === 'single') return null;
  return (
    <span
      className="war-room-badge"
      data-testid={testIds.warRoomBadge}
      data-role={state.role}
      title={t('warroom.badge.explain', { store: state.store })}
    >
      {t(state.role === 'seat' ? 'warroom.badge.seat' : 'warroom.badge.collector')}
    </span>
  );
}
