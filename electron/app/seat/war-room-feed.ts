import type { WarRoomState } from '../../../shared/ipc/contract.ts';
import type { TimelineStore } from '../../../shared/timeline/timeline-store.ts';
import { isSharedStore } from '../../../shared/timeline/war-room.ts';

export type WarRoomListener = (state: WarRoomState) => void;

/** The war room's state as main pushes it (`warroom:get`, `warroom:changed`). */
export interface WarRoomFeed {
  state(): WarRoomState;
  /** Called with every change; returns the function that unsubscribes. */
  subscribe(listener: WarRoomListener): () => void;
}

/**
 * The app that collects itself never changes its part: `single` on its own SQLite file,
 * `collector` on a shared (PostgreSQL) store it polls for and publishes to.
 */
export function collectingWarRoom(store: TimelineStore): WarRoomFeed {
  const state: WarRoomState = {
    role: isSharedStore(store) ? 'collector' : 'single',
    store: store.location,
    connected: true,
    since: null,
    collector: null,
    problem: null,
    error: null,
  };
  return { state: () => state, subscribe: () => () => {} };
}
