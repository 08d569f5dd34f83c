import { actionMessagesEn, actionMessagesNl } from './action-messages.ts';
import { chartMessagesEn, chartMessagesNl } from './chart-messages.ts';
import { contactsMessagesEn, contactsMessagesNl } from './contacts-messages.ts';
import { tileMessagesEn, tileMessagesNl } from './tile-messages.ts';
import { wallMessagesEn, wallMessagesNl } from './wall-messages.ts';
import { timelineMessagesEn, timelineMessagesNl } from './timeline-messages.ts';
import { sourcesMessagesEn, sourcesMessagesNl } from './sources-messages.ts';
import { privacyMessagesEn, privacyMessagesNl } from './privacy-messages.ts';
import { deskMessagesEn, deskMessagesNl } from './desk-messages.ts';
import { settingsMessagesEn, settingsMessagesNl } from './settings-messages.ts';
import { warRoomMessagesEn, warRoomMessagesNl } from './war-room-messages.ts';
import { warRoomChoiceMessagesEn, warRoomChoiceMessagesNl } from './war-room-choice-messages.ts';

/** Every text of the UI in Dutch (the war room's language) and English. */
const baseNl = {
  'status.critical': 'KRITIEK',
  'status.warning': 'WAARSCHUWING',
  'status.unknown': 'ONBEKEND',
  'status.ok': 'IN ORDE',
  'health.ok': 'in orde',
  'health.failing': 'storing',
  'health.stale': 'verouderd',
  'demo.badge': 'DEMO',
  'demo.explain': 'Demoscenario — geen echte gegevens',
  'header.updated': 'bijgewerkt {age} geleden',
  'stale.banner': 'Geen verse gegevens sinds {time}: de status kan achterhaald zijn',
  'domain.trigger': 'Aanleiding',
  'domain.line': 'Communicatielijn',
  'domain.moreRoles': 'en nog {n}',
  'mark.criterion': 'Criterium',
  'domain.roles': 'Rollen',
  'domain.noContact': 'geen contactpersoon ingesteld',
  'domain.unknownReason': 'Geen verse gegevens van een bron die dit domein voedt',
  'domain.okReason': 'Alle bronnen vers, geen meldingen',
  'contacts.none':
    'Het draaiboek noemt geen personen (geredigeerd, Woo 5.1.2e). Laad je eigen contactpersonen op de pagina Contactpersonen (importeren uit CSV of YAML, of één voor één), of zet "contacts: bestand.csv" in het configuratiebestand.',
  'sources.title': 'Bronnen',
  'sources.none': 'Geen bronnen ingesteld',
  'sources.noData': 'nog geen gegevens',
  'sources.lastData': 'laatste gegevens {time}',
  'sources.resumes': 'peilen hervat om {time}',
  'resolvers.title': 'Oplosgroepen (TOPdesk)',
  'resolvers.subject': 'Betreft',
  'resolvers.group': 'Oplosgroep',
  'resolvers.intake.email': 'nu per e-mail (kantoortijden)',
  'resolvers.intake.phone': 'nu telefonisch (piketdienst)',
  'resolvers.intake.until': 'tot {time}',
  'view.wall': 'Wandscherm',
  'view.coordinator': 'Coördinator',
  'language.switch': 'English',
  loading: 'Laden…',
  'error.load': 'Kan de gegevens niet laden: {message}',
} as const;

const nl = {
  ...baseNl,
  ...actionMessagesNl,
  ...contactsMessagesNl,
  ...timelineMessagesNl,
  ...chartMessagesNl,
  ...tileMessagesNl,
  ...wallMessagesNl,
  ...sourcesMessagesNl,
  ...privacyMessagesNl,
  ...deskMessagesNl,
  ...settingsMessagesNl,
  ...warRoomMessagesNl,
  ...warRoomChoiceMessagesNl,
} as const;

export type MessageKey = keyof typeof nl;

const baseEn: Record<keyof typeof baseNl, string> = {
  'status.critical': 'CRITICAL',
  'status.warning': 'WARNING',
  'status.unknown': 'UNKNOWN',
  'status.ok': 'OK',
  'health.ok': 'ok',
  'health.failing': 'failing',
  'health.stale': 'stale',
  'demo.badge': 'DEMO',
  'demo.explain': 'Demo scenario — no real data',
  'header.updated': 'updated {age} ago',
  'stale.banner': 'No fresh data since {time}: the status may be out of date',
  'domain.trigger': 'Trigger',
  'domain.line': 'Communication line',
  'domain.moreRoles': 'and {n} more',
  'mark.criterion': 'Criterion',
  'domain.roles': 'Roles',
  'domain.noContact': 'no contact set',
  'domain.unknownReason': 'No fresh data from a source that feeds this domain',
  'domain.okReason': 'All sources fresh, no marks',
  'contacts.none':
    'The playbook names no people (redacted, Woo 5.1.2e). Load your own contacts on the Contacts page (import from CSV or YAML, or one by one), or add "contacts: file.csv" to the config file.',
  'sources.title': 'Sources',
  'sources.none': 'No sources configured',
  'sources.noData': 'no data yet',
  'sources.lastData': 'last data {time}',
  'sources.resumes': 'polling resumes at {time}',
  'resolvers.title': 'Resolver groups (TOPdesk)',
  'resolvers.subject': 'Subject',
  'resolvers.group': 'Resolver group',
  'resolvers.intake.email': 'now by e-mail (office hours)',
  'resolvers.intake.phone': 'now by phone (on-call service)',
  'resolvers.intake.until': 'until {time}',
  'view.wall': 'Wall display',
  'view.coordinator': 'Coordinator',
  'language.switch': 'Nederlands',
  loading: 'Loading…',
  'error.load': 'Cannot load the data: {message}',
};

const en: Record<MessageKey, string> = {
  ...baseEn,
  ...actionMessagesEn,
  ...contactsMessagesEn,
  ...timelineMessagesEn,
  ...chartMessagesEn,
  ...tileMessagesEn,
  ...wallMessagesEn,
  ...sourcesMessagesEn,
  ...privacyMessagesEn,
  ...deskMessagesEn,
  ...settingsMessagesEn,
  ...warRoomMessagesEn,
  ...warRoomChoiceMessagesEn,
};

export const messages = { nl, en } as const;
