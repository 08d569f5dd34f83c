import { ConfigError } from '../../shared/config/config-issues.ts';
import type { ConfigOpenResult } from '../../shared/ipc/contract.ts';
import type { Clock } from '../time/clock.ts';

/** A config's problems can be many lines; the dialog and the IPC answer carry the first part. */
const MAX_MESSAGE_CHARS = 8_000;

export interface OpenConfigSteps {
  /** The open dialog: the chosen file, or null when the user cancelled. */
  choose(): Promise<string | null>;
  /** Loads the file as a start would (the real parser, secrets, contacts); throws ConfigError. */
  validate(file: string): Promise<void>;
  /** Remembers the file for the next start from a launcher (RememberedConfig). */
  remember(file: string): Promise<void>;
  /** Restarts the services on the file; called after this answers, so the answer is sent. */
  restart(file: string): void;
  /** One line for the app's log. */
  log(line: string): void;
}

/**
 * "Open configuration…": choose a file, check it with the real config loader, remember it and
 * restart on it. A file that cannot be used changes nothing — the app keeps running on what it
 * had — and the answer says why, naming the file, the path in it and what was expected.
 */
export async function openConfig(steps: OpenConfigSteps): Promise<ConfigOpenResult> {
  const file = await steps.choose();
  if (file === null) return { status: 'cancelled' };
  try {
    await steps.validate(file);
  } catch (error) {
    steps.log(`Dijkwacht: the configuration ${file} cannot be used`);
    return { status: 'invalid', file, message: problemText(error) };
  }
  try {
    await steps.remember(file);
  } catch (error) {
    // This start still uses it (restart passes --config); only the next launch will not.
    steps.log(`Dijkwacht: cannot remember the configuration ${file}: ${String(error)}`);
  }
  steps.log(`Dijkwacht: restarting on the configuration ${file}`);
  // A task later, not a microtask: the IPC answer is sent before the restart begins.
  setTimeout(() => steps.restart(file), 0);
  return { status: 'opened', file };
}

/** A ConfigError's message names the file, the path in it and what was expected, one per line. */
function problemText(error: unknown): string {
  const text = error instanceof ConfigError ? error.message : `cannot be read: ${String(error)}`;
  return text.length > MAX_MESSAGE_CHARS ? `${text.slice(0, MAX_MESSAGE_CHARS)}\n…` : text;
}

/** What the user chose when the config a launcher found cannot be used. */
export type RecoveryChoice = 'open' | 'demo' | 'quit';

export interface RecoverySteps {
  /** Shows the problem and asks: open another configuration, start the demo, or quit. */
  ask(problem: string): Promise<RecoveryChoice>;
  /** The "Open configuration…" flow (openConfig with the dialog). */
  openConfig(): Promise<ConfigOpenResult>;
  startDemo(): void;
  quit(): void;
}

/**
 * The app was started without `--config` (from a launcher) on the config it remembered or found
 * in its data folder, and that config cannot be used: rather than only failing — again at every
 * start — it offers another configuration or the demo. Another file that cannot be used is shown
 * in turn; a cancelled dialog asks again.
 */
export async function recoverFromUnusableConfig(
  problem: string,
  steps: RecoverySteps,
): Promise<void> {
  let shown = problem;
  for (;;) {
    const choice = await steps.ask(shown);
    if (choice === 'demo') return steps.startDemo();
    if (choice === 'quit') return steps.quit();
    const result = await steps.openConfig();
    if (result.status === 'opened') return;
    if (result.status === 'unavailable') return steps.quit();
    if (result.status === 'invalid') shown = result.message;
  }
}

/**
 * Waits for `work` (the services' stop before a restart: `collector-stopped` written, the
 * store's claim given up) at most `ms`; true when it finished in time. A stop that hangs (a
 * disk that does not answer) must not keep the app from restarting.
 */
export async function settledWithin(
  work: Promise<unknown>,
  ms: number,
  clock: Clock,
): Promise<boolean> {
  const timer = new AbortController();
  const timedOut = clock.sleep(ms, timer.signal).then(
    () => false,
    () => false,
  );
  try {
    return await Promise.race([work.then(() => true), timedOut]);
  } finally {
    timer.abort();
  }
}
