import type { DetailTicket, DomainDetail } from '../../../shared/desk/domain-detail-schema.ts';
import type { Playbook } from '../../../shared/playbook/playbook.ts';
import { formatClock, formatDuration } from '../../../shared/text/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { ExternalLink } from '../links/ExternalLink.tsx';
import { routingText } from './evidence-rows.ts';
import { DetailSection, SectionMore } from './SectionMore.tsx';

export interface DetailTicketsProps {
  readonly tickets: NonNullable<DomainDetail['tickets']>;
  readonly playbook: Playbook;
  readonly timeZone: string;
  /** The detail's own time: ages count to it. */
  readonly now: Date;
}

/**
 * The tickets behind the status: number (a link that opens it in TOPdesk), title, priority,
 * resolver group, age and routing, those a mark names first. A long title wraps; a table
 * this wide scrolls sideways inside its own box rather than under the side panel.
 */
export function DetailTickets({ tickets, playbook, timeZone, now }: DetailTicketsProps) {
  const { t } = useI18n();
  return (
    <DetailSection
      title={t('detail.tickets', { n: tickets.total })}
      testId={testIds.detailTickets}
      empty={tickets.items.length === 0}
    >
      <div className="detail-table-box">
        <table className="detail-table">
          <thead>
            <tr>
              <th scope="col">{t('detail.ticket.number')}</th>
              <th scope="col">{t('detail.ticket.title')}</th>
              <th scope="col">{t('detail.ticket.priority')}</th>
              <th scope="col">{t('detail.ticket.group')}</th>
              <th scope="col">{t('detail.ticket.age')}</th>
              <th scope="col">{t('detail.ticket.routing')}</th>
            </tr>
          </thead>
          <tbody>
            {tickets.items.map((ticket) => (
              <TicketRow
                key={`${ticket.source} ${ticket.id}`}
                ticket={ticket}
                playbook={playbook}
                timeZone={timeZone}
                now={now}
              />
            ))}
          </tbody>
        </table>
      </div>
      <SectionMore shown={tickets.items.length} total={tickets.total} />
    </DetailSection>
  );
}

function TicketRow({
  ticket,
  playbook,
  timeZone,
  now,
}: { ticket: DetailTicket } & Omit<DetailTicketsProps, 'tickets'>) {
  const { t, language } = useI18n();
  const age = formatDuration(now.getTime() - Date.parse(ticket.callDate), language);
  const warns = ticket.routing.status === 'misrouted' || ticket.routing.status === 'unassigned';
  return (
    <tr className={ticket.marked ? 'is-marked' : undefined} data-testid={testIds.detailTicket}>
      <td className="ticket-number">
        {ticket.url ? (
          <ExternalLink
            href={ticket.url}
            label={t('detail.ticket.open', { number: ticket.number })}
            testId={testIds.ticketLink}
          >
            {ticket.number}
          </ExternalLink>
        ) : (
          ticket.number
        )}
        {ticket.marked && <span className="ticket-marked"> {t('detail.ticket.marked')}</span>}
      </td>
      <td>{ticket.briefDescription}</td>
      <td>{ticket.priority ?? '—'}</td>
      <td>{ticket.operatorGroup ?? '—'}</td>
      <td className="ticket-age" title={formatClock(ticket.callDate, language, timeZone, now)}>
        {age}
      </td>
      <td className={warns ? 'routing-warning' : undefined}>
        {warns && <span aria-hidden="true">▲ </span>}
        {routingText(ticket.routing, { t, playbook })}
      </td>
    </tr>
  );
}
