import { useLayoutEffect, useState, useSyncExternalStore } from 'react';
import type { WallSettings } from '../../../shared/ipc/contract.ts';
import type { RotationDomain } from './alarms.ts';
import { createRotationStore, type WallRotation } from './rotation-store.ts';

export type { WallRotation } from './rotation-store.ts';

/** What the rotation reads of a snapshot (a whole `Snapshot` will do). */
export interface RotationSnapshot {
  readonly generatedAt: string;
  readonly domains: readonly RotationDomain[];
}

/**
 * The wall's page and alarms, following each snapshot: one timer for the next due change,
 * reset by every snapshot and cleared on unmount; nothing polls.
 */
export function useRotation(
  snapshot: RotationSnapshot,
  settings: Pick<WallSettings, 'rotateEveryMs' | 'alarmHoldMs'>,
): WallRotation {
  const [store] = useState(createRotationStore);
  const { rotateEveryMs, alarmHoldMs } = settings;
  // Before the browser paints: the first frame already singles out an alarm.
  useLayoutEffect(() => {
    store.feed({
      settings: { rotateEveryMs, alarmHoldMs },
      generatedAt: Date.parse(snapshot.generatedAt),
      domains: snapshot.domains,
    });
    return store.pause;
  }, [store, snapshot, rotateEveryMs, alarmHoldMs]);
  return useSyncExternalStore(store.subscribe, store.getView);
}
