/**
 * What happens in a demo scenario, at scenario minutes. The driver applies these to the
 * loopback servers; the speed factor decides how many real milliseconds a minute takes.
 */
export type ScenarioEvent =
  | { readonly at: number; readonly type: 'phase'; readonly phase: string }
  | { readonly at: number; readonly type: 'ticket-open'; readonly ticket: DemoTicket }
  | { readonly at: number; readonly type: 'ticket-close'; readonly ticketId: string }
  | { readonly at: number; readonly type: 'check-down' | 'check-up'; readonly checkId: string }
  | { readonly at: number; readonly type: 'alert-fire'; readonly alert: DemoAlert }
  | { readonly at: number; readonly type: 'alert-resolve'; readonly alertName: string }
  | {
      readonly at: number;
      readonly type: 'log-rate';
      readonly stream: string;
      readonly perMinute: number;
    };

export interface DemoTicket {
  readonly id: string;
  readonly number: string;
  readonly briefDescription: string;
  readonly category: string;
  readonly subcategory: string;
  readonly priority: string;
  readonly operatorGroup: string | null;
  readonly majorCall: boolean;
}

export interface DemoAlert {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly summary: string;
}

export interface DemoCheck {
  readonly id: string;
  readonly name: string;
  readonly url: string;
  readonly tags: readonly string[];
}

export interface DemoLogStream {
  readonly id: string;
  readonly index: string;
  /** What each generated document holds; the demo config's query matches these. */
  readonly fields: Readonly<Record<string, string | number>>;
}

export interface Scenario {
  readonly name: string;
  /** Scenario minutes after which the story starts again (a wall display runs for days). */
  readonly lengthMinutes: number;
  readonly checks: readonly DemoCheck[];
  readonly logStreams: readonly DemoLogStream[];
  readonly events: readonly ScenarioEvent[];
}
