import { defaultPlaybook, playbookWithOfficeHours } from '../../shared/playbook/playbook.ts';
import { snapshotExitCode } from '../../shared/snapshot/exit-code.ts';
import { formatSnapshotText } from '../../shared/snapshot/format-text.ts';
import { Collector } from '../collector/collector.ts';
import { loadConfigFile } from '../config/load-config.ts';
import { createSourceClient } from '../sources/create-client.ts';
import { systemClock } from '../time/clock.ts';
import type { CliIo } from './cli-io.ts';
import type { SnapshotArgs } from './args.ts';

export type { SnapshotArgs } from './args.ts';
import { fixedWallClock } from './fixed-wall-clock.ts';
import { retryShortRateLimits } from './rate-limit-retry.ts';

/** Every source is read at the same time, each capped, so the command answers within 30 s. */
const SNAPSHOT_POLL_DEADLINE_MS = 25_000;
/** First polls and any rate-limit retry all end within this, leaving time to print. */
const SNAPSHOT_BUDGET_MS = 28_000;

/** `dijkwacht snapshot`: one look at every source, printed, with a monitoring exit code. */
export async function runSnapshot(args: SnapshotArgs, io: CliIo): Promise<number> {
  const loaded = await loadConfigFile(args.config, defaultPlaybook, io.env);
  const playbook = playbookWithOfficeHours(loaded.config.intake.officeHours);
  const base = io.clock ?? systemClock;
  const clock = args.now ? fixedWallClock(args.now, base) : base;
  const collector = new Collector({
    config: loaded.config,
    playbook,
    demo: loaded.config.demo,
    createClient: createSourceClient,
    pollDeadlineMs: SNAPSHOT_POLL_DEADLINE_MS,
    clock,
  });
  const budget = { clock, endsAt: clock.monotonic() + SNAPSHOT_BUDGET_MS };
  await retryShortRateLimits(collector, await collector.pollAllOnce(), budget);
  const snapshot = collector.snapshot();
  io.stdout(
    args.format === 'json'
      ? `${JSON.stringify(snapshot, null, 2)}\n`
      : `${formatSnapshotText(snapshot, {
          language: args.lang,
          timeZone: loaded.config.timezone,
          playbook,
        })}\n`,
  );
  return snapshotExitCode(snapshot);
}
