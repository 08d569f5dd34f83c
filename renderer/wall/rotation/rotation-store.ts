import type { DomainId } from '../../../shared/playbook/domains.ts';
import {
  initialRotationState,
  OVERVIEW,
  samePage,
  stepRotation,
  type RotationInput,
  type RotationState,
  type RotationView,
} from './rotation.ts';

/** setTimeout takes a signed 32-bit delay; a longer one fires at once. */
const MAX_DELAY_MS = 2 ** 31 - 1;

export type RotationFeed = Omit<RotationInput, 'now'>;

/** What the wall shows: the page, and the alarms to single out. */
export type WallRotation = Pick<RotationView, 'page' | 'alarmDomain' | 'alarmDomains'>;

/**
 * The rotation with its one timer: fed each snapshot, it steps the machine, keeps the view
 * (the same object while nothing a viewer sees changes, so React renders only on a change)
 * and wakes itself when the machine said.
 */
export interface RotationStore {
  feed(input: RotationFeed): void;
  /** Stops the timer until the next feed: on unmount, and before each new snapshot. */
  pause(): void;
  subscribe(listener: () => void): () => void;
  getView(): WallRotation;
}

const INITIAL_VIEW: WallRotation = { page: OVERVIEW, alarmDomain: null, alarmDomains: [] };

export function createRotationStore(now: () => number = Date.now): RotationStore {
  let state: RotationState = initialRotationState;
  let view = INITIAL_VIEW;
  let input: RotationFeed | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const listeners = new Set<() => void>();

  const pause = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const step = () => {
    pause();
    if (!input) return;
    const at = now();
    const next = stepRotation(state, { ...input, now: at });
    state = next.state;
    const due = next.view.nextChangeAt;
    if (due !== null) timer = setTimeout(step, Math.min(MAX_DELAY_MS, Math.max(0, due - at)));
    if (sameView(view, next.view)) return;
    const { page, alarmDomain, alarmDomains } = next.view;
    view = { page, alarmDomain, alarmDomains };
    for (const listener of listeners) listener();
  };
  return {
    feed(next) {
      input = next;
      step();
    },
    pause,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getView: () => view,
  };
}

/** Equal for a viewer: the page and the alarms (when the next look is due is the store's). */
function sameView(a: WallRotation, b: WallRotation): boolean {
  return (
    samePage(a.page, b.page) &&
    a.alarmDomain === b.alarmDomain &&
    sameIds(a.alarmDomains, b.alarmDomains)
  );
}

function sameIds(a: readonly DomainId[], b: readonly DomainId[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}
