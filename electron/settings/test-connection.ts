import type { PathIssue } from '../../shared/config/config-issues.ts';
import { SOURCE_DURATIONS } from '../../shared/config/duration-bounds.ts';
import { resolveSecrets, type KeychainReader } from '../../shared/config/resolve-secrets.ts';
import { sourceSchemaWith } from '../../shared/config/sources-schema.ts';
import { err, ok } from '../../shared/result.ts';
import type { SourceTestResult } from '../../shared/settings/settings-contract.ts';
import { keychainNameFor, type SecretKey } from '../../shared/settings/source-draft.ts';
import type { SourceSignals } from '../../shared/signals/signals.ts';
import { SourcePoller } from '../collector/source-poller.ts';
import { Scrubber } from '../sources/scrub/scrubber.ts';
import { secretForms } from '../sources/scrub/secret-forms.ts';
import type { SourceClient, SourceConfig } from '../sources/source-client.ts';
import type { Clock } from '../time/clock.ts';

/** A test waits at most this long, whatever the source's timeout: someone is looking at a button. */
const MAX_TEST_MS = 60_000;

const sourceSchema = sourceSchemaWith(SOURCE_DURATIONS);

export interface ConnectionTestOptions {
  /** The source as it would go into the config (checkSourceDraft's entry). */
  readonly entry: Readonly<Record<string, unknown>>;
  /**
   * The secrets typed in the form, by key: the only ones a test uses. A secret kept in the
   * keychain is never sent to a URL typed in a form (a renderer must not be able to send the
   * TOPdesk password anywhere it likes).
   */
  readonly typed: ReadonlyMap<SecretKey, string>;
  readonly createClient: (source: SourceConfig) => SourceClient;
  readonly clock: Clock;
}

/**
 * Polls the source once with the real client the collector would build from these values,
 * and answers ok or the error's category and the source's scrubbed words. Nothing is stored.
 */
export async function testConnection(options: ConnectionTestOptions): Promise<SourceTestResult> {
  const resolved = resolveSource(options);
  if (!resolved.ok) return { status: 'invalid', issues: resolved.issues };
  const source = resolved.source;
  const poller = new SourcePoller({
    client: options.createClient(source),
    intervalMs: source.interval,
    timeoutMs: source.timeout,
    onOutcome: () => {},
    clock: options.clock,
  });
  const started = options.clock.monotonic();
  const outcome = await poller.pollOnce(Math.min(source.timeout * 10, MAX_TEST_MS));
  const latencyMs = Math.max(0, Math.round(options.clock.monotonic() - started));
  if (outcome.ok) return { status: 'ok', latencyMs, items: itemCount(outcome.signals) };
  // The real clients scrub already; this covers any client, and every form of what was typed.
  const scrubber = new Scrubber(secretFormsOf(source, options.typed));
  return {
    status: 'failed',
    latencyMs,
    category: outcome.error.category,
    detail: scrubber.errorText(outcome.error.detail).slice(0, 400),
  };
}

type Resolved =
  | { readonly ok: true; readonly source: SourceConfig }
  | { readonly ok: false; readonly issues: { field: string | null; message: string }[] };

function resolveSource(options: ConnectionTestOptions): Resolved {
  const parsed = sourceSchema.safeParse(options.entry);
  if (!parsed.success)
    return {
      ok: false,
      issues: [{ field: null, message: 'expected a valid source (check the form)' }],
    };
  const id = parsed.data.id;
  const typedNames = new Map(
    [...options.typed].map(([key, value]) => [keychainNameFor(id, key), value] as const),
  );
  const keychain: KeychainReader = {
    read: (name) => {
      const typed = typedNames.get(name);
      return typed !== undefined
        ? ok(typed)
        : err(`expected the ${name.split('.').at(-1)} (missing)`);
    },
  };
  const issues: PathIssue[] = [];
  const source = resolveSecrets(parsed.data, [], { env: {}, keychain }, issues) as SourceConfig;
  if (issues.length > 0)
    return {
      ok: false,
      issues: issues.map((issue) => ({
        field: String(issue.path.at(-1) ?? '') || null,
        message: issue.message,
      })),
    };
  return { ok: true, source };
}

function secretFormsOf(source: SourceConfig, typed: ReadonlyMap<SecretKey, string>): string[] {
  const username = 'username' in source ? source.username : undefined;
  return [...typed.values()].flatMap((secret) => secretForms(secret, username));
}

function itemCount(signals: SourceSignals): number {
  switch (signals.kind) {
    case 'topdesk':
      return signals.tickets.length;
    case 'statuscake':
      return signals.checks.length;
    case 'elasticsearch':
      return signals.queries.length;
    case 'alertmanager':
      return signals.alerts.length;
  }
}
