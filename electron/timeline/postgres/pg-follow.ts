import type pg from 'pg';
import type { FollowListener, Following } from '../../../shared/timeline/war-room.ts';
import { connectWithin, destroySocket, endOrDestroy, queryWithin } from './pg-connection-ends.ts';

/**
 * A seat's ear on the shared store (docs/war-room.md): LISTEN on a connection of its own.
 * NOTIFY is not queued for a session that is gone, so every (re)connect says onConnected()
 * and the seat re-reads everything. A network cut is silent on an idle connection: a probe
 * query finds it.
 */

export const EVENTS_CHANNEL = 'dijkwacht_events';
export const PUBLISHED_CHANNEL = 'dijkwacht_published';

export interface FollowOptions {
  /** The longest pause between reconnection attempts (default 5 s). */
  readonly retryMaxMs?: number;
  /** How often an idle connection is checked (default 5 s). */
  readonly probeEveryMs?: number;
}

const FIRST_RETRY_MS = 250;

/** Resolves once listening; rejects with the error when the first connection fails. */
export async function followStore(
  connect: () => Promise<pg.Client>,
  listener: FollowListener,
  options: FollowOptions = {},
): Promise<Following> {
  const follower = new Follower(connect, listener, {
    retryMaxMs: options.retryMaxMs ?? 5_000,
    probeEveryMs: options.probeEveryMs ?? 5_000,
  });
  await follower.start();
  return { stop: () => follower.stop() };
}

class Follower {
  private client: pg.Client | null = null;
  private stopped = false;
  /** Whether the current loss was told already: once per loss, not per failed retry. */
  private lossTold = false;
  private retryMs = FIRST_RETRY_MS;
  private retryTimer: NodeJS.Timeout | undefined;
  private probeTimer: NodeJS.Timeout | undefined;
  private probing = false;
  private readonly connect: () => Promise<pg.Client>;
  private readonly listener: FollowListener;
  private readonly options: Required<FollowOptions>;

  constructor(
    connect: () => Promise<pg.Client>,
    listener: FollowListener,
    options: Required<FollowOptions>,
  ) {
    this.connect = connect;
    this.listener = listener;
    this.options = options;
  }

  async start(): Promise<void> {
    await this.listen();
    this.probeTimer = setInterval(() => void this.probe(), this.options.probeEveryMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.probeTimer);
    const client = this.client;
    this.client = null;
    if (client !== null) await endOrDestroy(client);
  }

  /** Connects, listens and says so; a failure here is the caller's (start) or a retry's. */
  private async listen(): Promise<void> {
    const client = await connectWithin(this.connect);
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('the connection was closed')));
    client.on('notification', (message) => this.notified(client, message));
    try {
      await queryWithin(client, `LISTEN ${EVENTS_CHANNEL}; LISTEN ${PUBLISHED_CHANNEL}`);
    } catch (error) {
      await endOrDestroy(client);
      throw error;
    }
    if (this.stopped) return endOrDestroy(client);
    this.client = client;
    this.lossTold = false;
    this.retryMs = FIRST_RETRY_MS;
    this.listener.onConnected();
  }

  private notified(client: pg.Client, message: pg.Notification): void {
    if (this.stopped || client !== this.client) return;
    if (message.channel === PUBLISHED_CHANNEL) this.listener.onPublished();
    if (message.channel !== EVENTS_CHANNEL) return;
    const lastSeq = positiveInteger(message.payload);
    if (lastSeq !== null) this.listener.onEvents(lastSeq);
  }

  private lost(client: pg.Client, error: Error): void {
    if (this.stopped || client !== this.client) return;
    this.client = null;
    destroySocket(client);
    this.tellLoss(error);
    this.scheduleRetry();
  }

  private tellLoss(error: unknown): void {
    if (this.lossTold) return;
    this.lossTold = true;
    this.listener.onDisconnected(oneLineMessage(error));
  }

  private scheduleRetry(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.retry(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, this.options.retryMaxMs);
  }

  private async retry(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.listen();
    } catch (error) {
      if (this.stopped) return;
      this.tellLoss(error);
      this.scheduleRetry();
    }
  }

  /** SELECT 1 with a deadline: an unanswered probe means the connection is gone. */
  private async probe(): Promise<void> {
    const client = this.client;
    if (client === null || this.probing) return;
    this.probing = true;
    try {
      await queryWithin(client, 'SELECT 1');
    } catch (error) {
      this.lost(client, error instanceof Error ? error : new Error(String(error)));
    } finally {
      this.probing = false;
    }
  }
}

/** A NOTIFY payload is text anyone with access may send: only a positive integer counts. */
function positiveInteger(payload: string | undefined): number | null {
  if (payload === undefined || !/^[1-9]\d{0,15}$/.test(payload)) return null;
  const value = Number(payload);
  return Number.isSafeInteger(value) ? value : null;
}

function oneLineMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, ' ').trim() || 'the connection to the database was lost';
}
