import { parseArgs } from 'node:util';

export interface SoakOptions {
  /** How long the demo runs, in real minutes. */
  readonly minutes: number;
  /** Scenario minutes per real minute: at 200 the 200-minute story plays once a minute. */
  readonly speed: number;
  /** Seconds between samples. */
  readonly everySeconds: number;
}

export const SOAK_DEFAULTS: SoakOptions = { minutes: 30, speed: 200, everySeconds: 30 };

export const SOAK_USAGE = `Usage: npm run soak -- [--minutes N] [--speed N] [--every SECONDS]
  --minutes N      How long the demo runs (default ${SOAK_DEFAULTS.minutes})
  --speed N        Demo speed, 1 to 3600 (default ${SOAK_DEFAULTS.speed}: the story once a minute)
  --every SECONDS  Time between samples (default ${SOAK_DEFAULTS.everySeconds})`;

export function parseSoakOptions(argv: readonly string[]): SoakOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      minutes: { type: 'string' },
      speed: { type: 'string' },
      every: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) throw new UsageError(SOAK_USAGE);
  return {
    minutes: number('--minutes', values.minutes, SOAK_DEFAULTS.minutes, 0.5, 10_000),
    speed: number('--speed', values.speed, SOAK_DEFAULTS.speed, 1, 3600),
    everySeconds: number('--every', values.every, SOAK_DEFAULTS.everySeconds, 5, 3600),
  };
}

export class UsageError extends Error {}

function number(
  flag: string,
  text: string | undefined,
  fallback: number,
  min: number,
  max: number,
) {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max)
    throw new UsageError(`${flag} takes a number from ${min} to ${max}\n\n${SOAK_USAGE}`);
  return value;
}
