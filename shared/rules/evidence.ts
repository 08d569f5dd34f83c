/**
 * What each rule kind records as the evidence of a mark: enough for a coordinator (and an
 * auditor reading the export) to see why, without opening the source.
 */

export interface TicketRef {
  readonly number: string;
  readonly briefDescription: string;
  readonly priority: string | null;
  readonly category: string | null;
  readonly subcategory: string | null;
  readonly operatorGroup: string | null;
  readonly callDate: string;
  readonly majorCall: boolean;
}

/** Where §1.3 of the playbook says the ticket belongs, and whether it is there. */
export interface Routing {
  readonly status: 'ok' | 'misrouted' | 'unassigned' | 'not-checked';
  readonly expected: readonly string[];
}

export type Evidence =
  | {
      readonly kind: 'ticket-spike';
      readonly by: 'category' | 'subcategory';
      readonly value: string;
      readonly count: number;
      readonly baselineCount: number;
      readonly expectedCount: number;
      readonly windowMs: number;
      readonly baselineMs: number;
      readonly tickets: readonly string[];
      /** The resolver groups §1.3 routes this domain's reports to. */
      readonly resolverGroups: readonly string[];
    }
  | {
      readonly kind: 'ticket-open';
      readonly ticket: TicketRef;
      readonly routing: Routing;
      readonly deadline: string | null;
    }
  | {
      readonly kind: 'check-down';
      readonly check: { readonly id: string; readonly name: string; readonly url: string };
      readonly downSince: string;
      readonly downForMs: number;
    }
  | {
      readonly kind: 'alert-firing';
      readonly alert: {
        readonly name: string;
        readonly fingerprint: string;
        readonly summary: string | null;
        readonly labels: Readonly<Record<string, string>>;
      };
      readonly startsAt: string;
    }
  | {
      readonly kind: 'query-threshold';
      readonly query: string;
      readonly count: number;
      readonly threshold: number;
      readonly windowMs: number;
      readonly degraded: boolean;
    }
  | {
      readonly kind: 'unacknowledged';
      readonly domain: string;
      readonly rule: string;
      readonly markSince: string;
      readonly markSummary: string;
      readonly unacknowledgedForMs: number;
    };

/** One situation a rule finds now; the hysteresis decides whether it is (still) a mark. */
export interface Finding {
  /** Stable across polls for the same situation (a ticket id, a check id, a subcategory). */
  readonly key: string;
  /** When the situation began, from the source's own timestamps where it has them. */
  readonly since: string | null;
  readonly evidence: Evidence;
}
