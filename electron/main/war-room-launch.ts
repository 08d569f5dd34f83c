import { parseArgs } from 'node:util';
import { RememberedWarRoom, WAR_ROOM_SECRET } from '../app/war-room-file.ts';
import type { Keychain } from '../secrets/keychain.ts';
import { SecretStore } from '../secrets/secret-store.ts';

export interface JoinChoice {
  /** The postgres:// URL to join as a seat, or null: not a seat. */
  readonly join: string | null;
  readonly origin: 'launch' | 'remembered' | 'none';
  /** Why a remembered choice was passed over, for the log. */
  readonly note: string | null;
}

/**
 * Whether this start is a seat of the shared war room (docs/war-room.md, "Joining from the
 * app"): `--join URL` or DIJKWACHT_JOIN first (`--join=` with nothing: explicitly no seat);
 * else a start on a named config, store or the demo (`--config`, `--db`, `--demo`, or their
 * variables) is not a seat; else the choice remembered from the settings page.
 */
export function chooseJoin(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  remembered: string | null,
): JoinChoice {
  const { values } = parseArgs({
    args: [...argv],
    strict: false,
    allowPositionals: true,
    options: {
      join: { type: 'string' },
      config: { type: 'string' },
      db: { type: 'string' },
      demo: { type: 'boolean' },
    },
  });
  if (typeof values.join === 'string')
    return { join: values.join || null, origin: 'launch', note: null };
  if (env.DIJKWACHT_JOIN) return { join: env.DIJKWACHT_JOIN, origin: 'launch', note: null };
  const named =
    values.config !== undefined ||
    values.db !== undefined ||
    values.demo === true ||
    Boolean(env.DIJKWACHT_CONFIG) ||
    Boolean(env.DIJKWACHT_DB);
  if (!remembered) return { join: null, origin: 'none', note: null };
  if (named) {
    const note =
      'the shared war room chosen in the app is not joined: this start names its own config, store or the demo';
    return { join: null, origin: 'none', note };
  }
  return { join: remembered, origin: 'remembered', note: null };
}

/**
 * The arguments to restart with after joining or leaving from the page: this start's own
 * (the app's path in development, `--wall`, `--config`, Chromium's switches) without `--join`,
 * then `--join URL`, or `--join=` — no seat, even with a DIJKWACHT_JOIN the new process inherits.
 */
export function warRoomRelaunchArgs(argv: readonly string[], join: string | null): string[] {
  const kept: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--join') {
      if (!(argv[index + 1] ?? '-').startsWith('-')) index++;
    } else if (!arg.startsWith('--join=')) kept.push(arg);
  }
  return [...kept, ...(join ? ['--join', join] : ['--join='])];
}

export interface SeatToStart {
  readonly join: string;
  /** The password the settings page kept in the keychain for this very URL, if any. */
  readonly storePassword?: string;
}

/**
 * The seat this start opens, or null. The password kept in the keychain goes only to the URL
 * it was entered with (the remembered one); a URL given at launch otherwise gets PGPASSWORD or
 * ~/.pgpass, as libpq would. A keychain that cannot give it back is logged, never fatal.
 */
export async function seatToStart(options: {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly dataDir: string;
  readonly keychain: Keychain | null;
  readonly log: (line: string) => void;
}): Promise<SeatToStart | null> {
  const remembered = await new RememberedWarRoom(options.dataDir, options.log).read();
  const choice = chooseJoin(options.argv, options.env, remembered);
  if (choice.note) options.log(`Dijkwacht: ${choice.note}`);
  if (!choice.join) return null;
  options.log(`Dijkwacht: a seat of the shared war room (${choice.origin})`);
  if (choice.join !== remembered) return { join: choice.join };
  const secrets = await SecretStore.open({ dataDir: options.dataDir, keychain: options.keychain });
  if (!secrets.has(WAR_ROOM_SECRET)) return { join: choice.join };
  const kept = secrets.read(WAR_ROOM_SECRET);
  if (!kept.ok) {
    options.log(`Dijkwacht: ${kept.error}`);
    return { join: choice.join };
  }
  return { join: choice.join, storePassword: kept.value };
}
