import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import { EXIT_OK } from '../../shared/snapshot/exit-code.ts';
import { loadConfigFile } from '../config/load-config.ts';
import { runExport } from '../export/run-export.ts';
import { configStorePassword, openTimelineStore } from '../timeline/open-store.ts';
import type { CliIo } from './cli-io.ts';
import type { ExportArgs } from './timeline-args.ts';

/** What an export says when no config is named: the title the collector last recorded. */
const DEFAULT_TIMEZONE = 'Europe/Amsterdam';

/**
 * `dijkwacht export`: the timeline as CSV, JSON, Markdown or PDF, to --out or stdout. Reads
 * beside a running collector (it never blocks it), then records that it exported.
 */
export async function runExportCommand(args: ExportArgs, io: CliIo): Promise<number> {
  const loaded = args.config ? await loadConfigFile(args.config, defaultPlaybook, io.env) : null;
  const store = await openTimelineStore(args.db, configStorePassword(loaded?.config));
  try {
    const title = loaded?.config.title ?? (await recordedTitle(store)) ?? 'Dijkwacht';
    const result = await runExport(store, {
      format: args.format,
      redact: args.redact,
      from: args.from,
      to: args.to,
      domain: args.domain,
      title,
      timezone: loaded?.config.timezone ?? DEFAULT_TIMEZONE,
      knownNames: (loaded?.contacts ?? []).map((contact) => contact.name),
      out: args.out ?? process.stdout,
      actor: args.by,
      ...(io.clock ? { clock: io.clock } : {}),
    });
    if (args.out) io.stderr(`dijkwacht: ${result.events} events exported to ${args.out}\n`);
    return EXIT_OK;
  } finally {
    await store.close();
  }
}

async function recordedTitle(
  store: Awaited<ReturnType<typeof openTimelineStore>>,
): Promise<string | null> {
  const [started] = await store.read({ kinds: ['collector-started'], order: 'desc', limit: 1 });
  return started?.kind === 'collector-started' ? started.data.config : null;
}
