import { seededRandom } from './random.ts';
import type { DemoTicket, Scenario, ScenarioEvent } from './scenario-events.ts';

/**
 * The launch weekend of the seed, compressed: a quiet start, a spike in one kind of
 * helpdesk report, a GGD portal outage, a SOC report, a privacy incident, a P1, recovery.
 */
const HELPDESK_SUBCATEGORIES = [
  'Installatie',
  'Code niet ontvangen',
  'Bluetooth',
  'Notificaties',
  'Overig',
];
const SPIKING_SUBCATEGORY = 'Code niet ontvangen';
const LENGTH_MINUTES = 200;

export const launchWeekend: Scenario = {
  name: 'launch-weekend',
  lengthMinutes: LENGTH_MINUTES,
  checks: [
    {
      id: '7000001',
      name: 'coronamelder.nl',
      url: 'https://coronamelder.nl/',
      tags: ['website', 'prod'],
    },
    {
      id: '7000002',
      name: 'GGD-portaal',
      url: 'https://ggd-portaal.example.nl/health',
      tags: ['ggd-portal', 'prod'],
    },
    {
      id: '7000003',
      name: 'App backend API',
      url: 'https://api.example.nl/health',
      tags: ['backend', 'prod'],
    },
  ],
  logStreams: [
    {
      id: 'backend',
      index: 'logs-backend-demo',
      fields: { 'service.name': 'backend', 'http.response.status_code': 503 },
    },
  ],
  events: [...storyEvents(), ...helpdeskTraffic()].sort((a, b) => a.at - b.at),
};

function storyEvents(): ScenarioEvent[] {
  return [
    { at: 0, type: 'phase', phase: 'quiet' },
    { at: 0, type: 'log-rate', stream: 'backend', perMinute: 2 },
    { at: 40, type: 'phase', phase: 'helpdesk-spike' },
    { at: 75, type: 'phase', phase: 'ggd-portal-outage' },
    { at: 75, type: 'check-down', checkId: '7000002' },
    {
      at: 76,
      type: 'alert-fire',
      alert: {
        name: 'GGDPortalDown',
        labels: { domain: 'ggd-portal', severity: 'critical' },
        summary: 'GGD-portaal antwoordt niet',
      },
    },
    { at: 76, type: 'log-rate', stream: 'backend', perMinute: 90 },
    {
      at: 78,
      type: 'ticket-open',
      ticket: story(
        'd-ggd-1',
        'I 2010 101',
        'GGD-portaal niet bereikbaar voor GGD-medewerkers',
        'GGD-portaal',
        'Storing',
        'P2 - Hoog',
        'CIBG technisch beheer',
        false,
      ),
    },
    { at: 100, type: 'check-up', checkId: '7000002' },
    { at: 100, type: 'alert-resolve', alertName: 'GGDPortalDown' },
    { at: 100, type: 'log-rate', stream: 'backend', perMinute: 2 },
    { at: 104, type: 'ticket-close', ticketId: 'd-ggd-1' },
    { at: 110, type: 'phase', phase: 'soc-report' },
    {
      at: 110,
      type: 'alert-fire',
      alert: {
        name: 'SOCSuspiciousTraffic',
        labels: { domain: 'security', source: 'soc', severity: 'critical' },
        summary: 'SOC meldt verdacht verkeer op de API',
      },
    },
    {
      at: 111,
      type: 'ticket-open',
      ticket: story(
        'd-sec-1',
        'I 2010 102',
        'Melding SOC: verdacht verkeer',
        'Security',
        'SOC-melding',
        'P2 - Hoog',
        'KPN Enterprise Service Desk',
        false,
      ),
    },
    { at: 130, type: 'alert-resolve', alertName: 'SOCSuspiciousTraffic' },
    { at: 131, type: 'ticket-close', ticketId: 'd-sec-1' },
    { at: 135, type: 'phase', phase: 'privacy-incident' },
    {
      at: 135,
      type: 'ticket-open',
      ticket: story(
        'd-priv-1',
        'I 2010 103',
        'Persoonsgegevens zichtbaar in foutmelding',
        'Privacy',
        'Datalek',
        'P2 - Hoog',
        'Bouwteam',
        false,
      ),
    },
    { at: 155, type: 'phase', phase: 'p1' },
    {
      at: 155,
      type: 'ticket-open',
      ticket: story(
        'd-p1-1',
        'I 2010 104',
        'Meldingen komen niet aan op Android',
        'App',
        'Notificaties',
        'P1 - Kritiek',
        'Bouwteam',
        true,
      ),
    },
    { at: 175, type: 'phase', phase: 'recovery' },
    { at: 175, type: 'ticket-close', ticketId: 'd-p1-1' },
    { at: 178, type: 'ticket-close', ticketId: 'd-priv-1' },
  ];
}

function story(
  id: string,
  number: string,
  briefDescription: string,
  category: string,
  subcategory: string,
  priority: string,
  operatorGroup: string | null,
  majorCall: boolean,
): DemoTicket {
  return {
    id,
    number,
    briefDescription,
    category,
    subcategory,
    priority,
    operatorGroup,
    majorCall,
  };
}

/** Background reports all weekend, plus the spike: many "code not received" reports at once. */
function helpdeskTraffic(): ScenarioEvent[] {
  const random = seededRandom(20201010);
  const events: ScenarioEvent[] = [];
  let serial = 0;
  for (let minute = 0; minute < LENGTH_MINUTES; minute++) {
    const spiking = minute >= 40 && minute < 70;
    const arrivals = random() < 0.35 ? 1 : 0;
    for (let index = 0; index < arrivals + (spiking ? 2 : 0); index++) {
      const subcategory =
        spiking && index > 0
          ? SPIKING_SUBCATEGORY
          : (HELPDESK_SUBCATEGORIES[Math.floor(random() * HELPDESK_SUBCATEGORIES.length)] ??
            'Overig');
      const id = `d-hd-${++serial}`;
      events.push({
        at: minute + random() * 0.9,
        type: 'ticket-open',
        ticket: story(
          id,
          `I 2010 ${String(500 + serial).padStart(4, '0')}`,
          `Helpdeskmelding: ${subcategory.toLowerCase()}`,
          'Helpdesk',
          subcategory,
          'P4 - Laag',
          'CIBG service desk',
          false,
        ),
      });
      events.push({ at: minute + 20 + random() * 30, type: 'ticket-close', ticketId: id });
    }
  }
  return events;
}
