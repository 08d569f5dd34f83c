import type { WallCharts } from '../charts/chart-schema.ts';
import type { AppInfo } from '../ipc/contract.ts';
import type { Playbook } from '../playbook/playbook.ts';
import type { Snapshot } from '../snapshot/snapshot-schema.ts';
import type { CollectorHolder, TimelineStore } from './timeline-store.ts';

/**
 * The shared war room (docs/war-room.md): one collector polls and publishes, every seat shows
 * what it published. Only a store on a server (PostgreSQL) can be shared; an SQLite file is
 * one seat's.
 */

/** What the collector publishes on every snapshot: all a seat needs to draw the wall and the desk. */
export interface Publication {
  readonly snapshot: Snapshot;
  readonly charts: WallCharts;
  /** The title, time zone, demo flag and wall settings (never the config file's path). */
  readonly info: Pick<AppInfo, 'title' | 'timezone' | 'demo' | 'wall'>;
  /** The playbook with the config's office hours, as the collector evaluates it. */
  readonly playbook: Playbook;
}

/** A publication as a seat reads it back, with who wrote it and when by the server's clock. */
export interface PublishedState extends Publication {
  readonly holder: CollectorHolder;
  /** When the server stored it. */
  readonly publishedAt: string;
  /** The server's clock at the read: a seat judges the collector's silence by this, not its own clock. */
  readonly readAt: string;
}

/** What a follower hears; every callback may be called at any time after follow() resolved. */
export interface FollowListener {
  /** Events were committed, up to this seq (a NOTIFY; read them with read({ afterSeq })). */
  onEvents(lastSeq: number): void;
  /** A collector published a new state (read it with readPublished()). */
  onPublished(): void;
  /** Listening (again): whatever was missed while disconnected must be read afresh. */
  onConnected(): void;
  /** The connection is gone; the follower keeps retrying until stop(). */
  onDisconnected(error: string): void;
}

export interface Following {
  stop(): Promise<void>;
}

/** A timeline store several processes share: seats follow it, standby collectors wait on it. */
export interface SharedStore extends TimelineStore {
  readonly shared: true;
  /** Stores the state for the seats and tells them (only the lease holder may). */
  publish(publication: Publication, holder: CollectorHolder): Promise<void>;
  /** The newest publication, validated; null when no collector ever published. */
  readPublished(): Promise<PublishedState | null>;
  /** Listens for commits and publications on a connection of its own, reconnecting until stopped. */
  follow(listener: FollowListener): Promise<Following>;
}

export function isSharedStore(store: TimelineStore): store is SharedStore {
  return (store as Partial<SharedStore>).shared === true;
}
