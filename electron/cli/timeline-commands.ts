import { defaultPlaybook, playbookWithOfficeHours } from '../../shared/playbook/playbook.ts';
import { EXIT_BROKEN, EXIT_FAILED, EXIT_OK } from '../../shared/snapshot/exit-code.ts';
import type { TimelineEvent } from '../../shared/timeline/event.ts';
import { isSharedStore } from '../../shared/timeline/war-room.ts';
import { startAlerts } from '../alerts/start-alerts.ts';
import { loadConfigFile } from '../config/load-config.ts';
import { createSourceClient } from '../sources/create-client.ts';
import { systemClock } from '../time/clock.ts';
import { performAction, type Action } from '../timeline/actions.ts';
import {
  startCollecting,
  type Collecting,
  type CollectingOptions,
} from '../timeline/collecting.ts';
import { configStorePassword, openTimelineStore } from '../timeline/open-store.ts';
import { startStandbyCollecting, type StandbyOptions } from '../timeline/standby.ts';
import type { CliIo } from './cli-io.ts';
import { packageVersion } from './package-version.ts';
import type { ActionCommandArgs, CollectArgs } from './timeline-args.ts';

/** `dijkwacht collect`: polls and records until SIGINT/SIGTERM, then stops cleanly (exit 0). */
export async function runCollect(args: CollectArgs, io: CliIo): Promise<number> {
  const loaded = await loadConfigFile(args.config, defaultPlaybook, io.env);
  const clock = io.clock ?? systemClock;
  const store = await openTimelineStore(args.db, {
    create: true,
    clock,
    ...configStorePassword(loaded.config),
  });
  try {
    const playbook = playbookWithOfficeHours(loaded.config.intake.officeHours);
    const log = (line: string) => io.stderr(`${line}\n`);
    const options: CollectingOptions = {
      store,
      config: loaded.config,
      playbook,
      demo: loaded.config.demo,
      version: await packageVersion(),
      label: 'dijkwacht collect',
      createClient: createSourceClient,
      clock,
      log,
      ...(args.heartbeatMs === null ? {} : { heartbeatMs: args.heartbeatMs }),
    };
    // No desktop here: the lines' Slack webhooks only (docs/alerts.md).
    const alertsWhile = (collecting: Collecting) => {
      io.stderr(`dijkwacht: collecting into ${store.location}; Ctrl-C stops\n`);
      const alerts = startAlerts({
        keeper: collecting.keeper,
        config: loaded.config,
        playbook,
        clock,
        log,
      });
      return () => alerts.stop();
    };
    const untilStopped = io.untilStopped ?? untilSignal;
    const pending = isSharedStore(store)
      ? await collectShared({ ...options, store, whileActive: alertsWhile }, untilStopped)
      : await collectAlone(options, alertsWhile, untilStopped);
    if (pending > 0) {
      io.stderr(`dijkwacht: ${pending} event(s) could not be written to ${store.location}\n`);
      return EXIT_FAILED;
    }
    return EXIT_OK;
  } finally {
    await store.close();
  }
}

/** A file has one collector: a second is refused (StoreBusyError). Resolves with what is unwritten. */
async function collectAlone(
  options: CollectingOptions,
  whileActive: (collecting: Collecting) => () => Promise<void>,
  untilStopped: () => Promise<void>,
): Promise<number> {
  const collecting = await startCollecting(options);
  const undo = whileActive(collecting);
  await untilStopped();
  await collecting.stop();
  await undo();
  return collecting.keeper.state().pending;
}

/** A shared store: waits as a standby while another collector holds it (docs/war-room.md). */
async function collectShared(
  options: StandbyOptions,
  untilStopped: () => Promise<void>,
): Promise<number> {
  const standby = startStandbyCollecting(options);
  await untilStopped();
  return standby.stop();
}

/** The config's `store.password` (`{ env: NAME }`), for a postgres:// store. */
/** `dijkwacht verify`: 0 when the store and its hash chain are sound, 2 naming the first fault. */
export async function runVerify(args: { db: string }, io: CliIo): Promise<number> {
  const store = await openTimelineStore(args.db, { readOnly: true });
  try {
    const report = await store.verify();
    if (report.ok) {
      io.stdout(`${store.location}: sound — ${report.events} events, hash chain intact\n`);
      return EXIT_OK;
    }
    const where = report.brokenSeq === null ? '' : ` at seq ${report.brokenSeq}`;
    io.stdout(`${store.location}: BROKEN${where}: ${report.problem}\n`);
    return EXIT_BROKEN;
  } finally {
    await store.close();
  }
}

/** `log`, `informed`, `ack`, `snooze`: short writes that work while a collector runs. */
export async function runAction(args: ActionCommandArgs, io: CliIo): Promise<number> {
  const store = await openTimelineStore(args.db);
  try {
    const events = await performAction(store, actionOf(args), {
      actor: args.by,
      clock: io.clock ?? systemClock,
      playbook: defaultPlaybook,
    });
    for (const event of events) io.stdout(`${eventLine(event)}\n`);
    return EXIT_OK;
  } finally {
    await store.close();
  }
}

function actionOf(args: ActionCommandArgs): Action {
  const domain = args.domain;
  switch (args.command) {
    case 'log':
      return { kind: args.kind, text: args.text, domain };
    case 'informed':
      return { kind: 'informed', domain: required(domain), role: args.role, text: args.text };
    case 'ack':
      return {
        kind: 'acknowledge',
        select: { domain: required(domain), rule: args.rule },
        note: args.text,
      };
    case 'snooze':
      return {
        kind: 'snooze',
        select: { domain: required(domain), rule: args.rule },
        forMs: args.forMs,
        reason: args.text,
      };
  }
}

function required<T>(value: T | null): T {
  if (value === null) throw new Error('checked by the argument parser');
  return value;
}

export function eventLine(event: TimelineEvent): string {
  return `#${event.seq} ${event.at} ${event.kind} ${event.actor}: ${event.summary}`;
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
