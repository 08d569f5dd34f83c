import type { Clock } from '../time/clock.ts';

/** What a command may touch of the world: its output streams, the environment, time. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Resolves when a long-running command should stop (default: SIGINT or SIGTERM). */
  readonly untilStopped?: () => Promise<void>;
  /** The commands' time (default systemClock); tests move a FakeClock. */
  readonly clock?: Clock;
}
