import type { DomainId } from '../../shared/playbook/domains.ts';
import type { EventOf, TimelineEvent } from '../../shared/timeline/event.ts';
import {
  criticalBody,
  criticalTitle,
  escalationBody,
  markText,
  type AlertTextContext,
} from './alert-texts.ts';
import type { DesktopAlert } from './desktop-alert.ts';

export interface DesktopContext extends AlertTextContext {
  readonly sound: boolean;
}

export interface DesktopState {
  /**
   * People were told that escalation is critical (by its own mark or by its status) and it
   * has not left critical since: its status turning critical then is no news.
   */
  readonly escalationAnnounced: boolean;
}

export const INITIAL_DESKTOP_STATE: DesktopState = { escalationAnnounced: false };

const ESCALATION: DomainId = 'escalation';

/**
 * The desktop alerts a batch of new timeline events calls for: one per domain with new
 * critical marks (several raised together are one alert), and one when the escalation
 * domain turns critical without a critical mark of its own having said so. The timeline
 * records changes only, so this never fires per poll.
 */
export function desktopAlerts(
  state: DesktopState,
  events: readonly TimelineEvent[],
  context: DesktopContext,
): { state: DesktopState; alerts: DesktopAlert[] } {
  const raised = new Map<DomainId, string[]>();
  const order: { domain: DomainId; escalation: boolean }[] = [];
  let announced = state.escalationAnnounced;
  for (const event of events) {
    if (isCriticalRaise(event)) {
      const domain = event.domain as DomainId;
      if (!raised.has(domain)) order.push({ domain, escalation: false });
      raised.set(domain, [...(raised.get(domain) ?? []), markText(event, context)]);
      if (domain === ESCALATION) announced = true;
    } else if (event.kind === 'domain-status' && event.domain === ESCALATION) {
      const turnedCritical = event.data.to === 'critical' && event.data.from !== 'critical';
      if (turnedCritical && !announced) order.push({ domain: ESCALATION, escalation: true });
      announced = event.data.to === 'critical' && (announced || turnedCritical);
    }
  }
  const alerts = order.map(({ domain, escalation }) => ({
    title: criticalTitle(domain, context),
    body: escalation ? escalationBody(context) : criticalBody(raised.get(domain) ?? []),
    domain,
    sound: context.sound,
  }));
  return { state: { escalationAnnounced: announced }, alerts };
}

function isCriticalRaise(event: TimelineEvent): event is EventOf<'mark-raised'> {
  return (
    event.kind === 'mark-raised' && event.data.severity === 'critical' && event.domain !== null
  );
}
