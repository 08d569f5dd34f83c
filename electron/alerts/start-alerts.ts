import type { Config } from '../../shared/config/parse-config.ts';
import type { SecretValue } from '../../shared/config/secret.ts';
import type { DomainId } from '../../shared/playbook/domains.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import type { TimelineEvent } from '../../shared/timeline/event.ts';
import type { Clock } from '../time/clock.ts';
import type { TimelineKeeper } from '../timeline/timeline-keeper.ts';
import type { DesktopAlert } from './desktop-alert.ts';
import { desktopAlerts, INITIAL_DESKTOP_STATE, type DesktopState } from './desktop-alerts.ts';
import { NewEvents } from './new-events.ts';
import { WebhookQueue, type WebhookQueueOptions } from './slack/webhook-queue.ts';
import { slackMessages } from './slack-messages.ts';

export interface AlertsOptions {
  /** Where the collector's events come from; only those appended after the start count. */
  readonly keeper: Pick<TimelineKeeper, 'subscribe' | 'state'>;
  readonly config: Pick<Config, 'alerts' | 'title' | 'timezone' | 'demo'>;
  readonly playbook: Playbook;
  readonly clock: Clock;
  /** Shows a desktop alert (Electron's Notification, in main); without it, Slack only. */
  readonly notify?: (alert: DesktopAlert) => void;
  readonly fetch?: typeof fetch;
  /** Where Slack's refusals and our own slips are reported (stderr by default). */
  readonly log?: (line: string) => void;
  /** For tests: the queues' timing. */
  readonly slack?: Partial<
    Pick<WebhookQueueOptions, 'timeoutMs' | 'maxAttempts' | 'minGapMs' | 'random'>
  >;
}

export interface Alerts {
  /** Resolves once every Slack message so far has been sent or given up on. */
  settled(): Promise<void>;
  /** Stops listening and sending; a message in flight is abandoned. */
  stop(): Promise<void>;
}

/**
 * Alerts that reach people away from the wall (docs/alerts.md): a desktop alert per new
 * critical mark and per escalation, and for each communication line with a webhook a Slack
 * message per mark raised, acknowledged and cleared in its domain.
 */
export function startAlerts(options: AlertsOptions): Alerts {
  const log = options.log ?? ((line: string) => console.error(line));
  const seen = new NewEvents(options.keeper.state().lastSeq);
  const queues = slackQueues(options, log);
  const context = {
    playbook: options.playbook,
    timeZone: options.config.timezone,
    sound: options.config.alerts.sound,
    title: options.config.title,
    demo: options.config.demo,
    lines: new Set(queues.keys()),
  };
  const notify = options.config.alerts.desktop ? options.notify : undefined;
  let desktop: DesktopState = INITIAL_DESKTOP_STATE;
  const onEvents = (events: readonly TimelineEvent[]) => {
    const fresh = seen.take(events);
    if (fresh.length === 0) return;
    if (notify) {
      const decided = desktopAlerts(desktop, fresh, context);
      desktop = decided.state;
      for (const alert of decided.alerts) guarded(log, 'a desktop alert', () => notify(alert));
    }
    for (const message of slackMessages(fresh, context))
      queues.get(message.domain)?.post(message.text);
  };
  // The keeper calls us from inside its write loop: nothing of ours may throw into it.
  const unsubscribe = options.keeper.subscribe((events) =>
    guarded(log, 'the alerts', () => onEvents(events)),
  );
  const unique = [...new Set(queues.values())];
  return {
    settled: async () => {
      await Promise.all(unique.map((queue) => queue.idle()));
    },
    stop: async () => {
      unsubscribe();
      await Promise.all(unique.map((queue) => queue.stop()));
    },
  };
}

/** A queue per webhook, shared by the lines that post to the same one (one rate limit). */
function slackQueues(
  options: AlertsOptions,
  log: (line: string) => void,
): Map<DomainId, WebhookQueue> {
  const byUrl = new Map<string, { webhook: SecretValue; domains: DomainId[] }>();
  for (const [domain, webhook] of Object.entries(options.config.alerts.slack)) {
    if (!webhook) continue;
    const entry = byUrl.get(webhook.reveal()) ?? { webhook, domains: [] };
    entry.domains.push(domain as DomainId);
    byUrl.set(webhook.reveal(), entry);
  }
  const queues = new Map<DomainId, WebhookQueue>();
  for (const { webhook, domains } of byUrl.values()) {
    const queue = new WebhookQueue({
      ...options.slack,
      label: lineLabel(domains),
      webhook,
      clock: options.clock,
      log,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    for (const domain of domains) queues.set(domain, queue);
  }
  return queues;
}

/** "alerting line", "alerting and website lines". */
function lineLabel(domains: readonly DomainId[]): string {
  if (domains.length === 1) return `${domains[0]} line`;
  return `${domains.slice(0, -1).join(', ')} and ${domains.at(-1)} lines`;
}

function guarded(log: (line: string) => void, what: string, action: () => void): void {
  try {
    action();
  } catch (error) {
    log(`dijkwacht: ${what} failed (${error instanceof Error ? error.name : typeof error})`);
  }
}
