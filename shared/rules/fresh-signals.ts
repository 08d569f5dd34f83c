import type { Alert, Check, QueryResult, SourceSignals, Ticket } from '../signals/signals.ts';

export interface FreshSignals {
  readonly tickets: readonly Ticket[] | null;
  readonly checks: readonly Check[] | null;
  readonly alerts: readonly Alert[] | null;
  readonly queries: ReadonlyMap<string, QueryResult>;
}

/** The signals of fresh sources only, per kind; a kind no fresh source delivers is null. */
export function freshSignals(
  bySource: ReadonlyMap<string, SourceSignals>,
  fresh: ReadonlySet<string>,
): FreshSignals {
  const signals = [...bySource].filter(([id]) => fresh.has(id)).map(([, value]) => value);
  const of = <K extends SourceSignals['kind']>(kind: K) =>
    signals.filter((value): value is Extract<SourceSignals, { kind: K }> => value.kind === kind);
  const tickets = of('topdesk');
  const checks = of('statuscake');
  const alerts = of('alertmanager');
  return {
    // One TOPdesk source is the usual case: its (possibly 250,000) tickets are not copied.
    tickets:
      tickets.length === 1
        ? (tickets[0]?.tickets ?? null)
        : tickets.length > 0
          ? tickets.flatMap((value) => value.tickets)
          : null,
    checks: checks.length > 0 ? checks.flatMap((value) => value.checks) : null,
    alerts: alerts.length > 0 ? alerts.flatMap((value) => value.alerts) : null,
    queries: new Map(
      of('elasticsearch').flatMap((value) =>
        value.queries.map((query) => [query.id, query] as const),
      ),
    ),
  };
}
