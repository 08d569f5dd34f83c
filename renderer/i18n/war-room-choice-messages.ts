/** The settings page's "Shared war room": what this app is, test, join and leave. */
export const warRoomChoiceMessagesNl = {
  'settings.warRoom.title': 'Gedeelde dijkwacht',
  'settings.warRoom.single':
    'Deze app is een eigen dashboard: hij peilt zelf de bronnen en houdt zijn tijdlijn in {store}.',
  'settings.warRoom.collector':
    'Deze app is de collector van de gedeelde dijkwacht {store}: hij peilt de bronnen en publiceert voor de zitplaatsen.',
  'settings.warRoom.seat':
    'Deze app is een zitplaats van de gedeelde dijkwacht {store}; {label} op {host} verzamelt.',
  'settings.warRoom.seatWaiting':
    'Deze app is een zitplaats van de gedeelde dijkwacht {store}; er verzamelt nog geen collector.',
  'settings.warRoom.explain':
    'Eén collector peilt de bronnen; elke zitplaats toont wat hij publiceert en schrijft haar acties in dezelfde tijdlijn. Deelnemen en verlaten herstarten de app, en de keuze geldt ook bij de volgende start.',
  'settings.warRoom.url': 'Adres van de gedeelde dijkwacht',
  'settings.warRoom.urlHint':
    'postgres://gebruiker@host:5432/database, zo nodig met ?sslmode=verify-full — nooit met een wachtwoord erin.',
  'settings.warRoom.password': 'Wachtwoord van de server',
  'settings.warRoom.optional': '(optioneel)',
  'settings.warRoom.passwordHint':
    'Wordt bewaard in de sleutelbos en nooit teruggetoond. Leeg: PGPASSWORD of ~/.pgpass, zoals psql.',
  'settings.warRoom.noKeychain':
    'Deze app kan hier geen wachtwoord bewaren (geen bruikbare sleutelbos): geef het via PGPASSWORD of ~/.pgpass.',
  'settings.warRoom.test': 'Verbinding testen',
  'settings.warRoom.testing': 'Testen…',
  'settings.warRoom.join': 'Deelnemen (herstart)',
  'settings.warRoom.leave': 'Verlaten (herstart)',
  'settings.warRoom.published':
    'Verbonden met {store}: {label} op {host} publiceert ‘{title}’, laatst om {time}.',
  'settings.warRoom.noCollector':
    'Verbonden met {store}, maar nog geen collector heeft gepubliceerd.',
  'settings.warRoom.failed': 'Geen verbinding: {message}',
  'settings.warRoom.joining': 'De app start opnieuw als zitplaats van de gedeelde dijkwacht…',
  'settings.warRoom.leaving': 'De app start opnieuw, zonder gedeelde dijkwacht…',
  'settings.warRoom.unavailable':
    'Deelnemen en verlaten kan alleen in de app zelf (of start met --join postgres://…).',
  'settings.warRoom.invalid': 'Niets veranderd: {message}',
  'settings.warRoom.urlRequired': 'Vul het adres van de gedeelde dijkwacht in.',
} as const;

export const warRoomChoiceMessagesEn: Record<keyof typeof warRoomChoiceMessagesNl, string> = {
  'settings.warRoom.title': 'Shared war room',
  'settings.warRoom.single':
    'This app is a dashboard of its own: it polls the sources itself and keeps its timeline in {store}.',
  'settings.warRoom.collector':
    'This app is the collector of the shared war room {store}: it polls the sources and publishes for the seats.',
  'settings.warRoom.seat':
    'This app is a seat of the shared war room {store}; {label} on {host} collects.',
  'settings.warRoom.seatWaiting':
    'This app is a seat of the shared war room {store}; no collector collects yet.',
  'settings.warRoom.explain':
    'One collector polls the sources; every seat shows what it publishes and writes its actions to the same timeline. Joining and leaving restart the app, and the choice holds for the next start too.',
  'settings.warRoom.url': 'Address of the shared war room',
  'settings.warRoom.urlHint':
    'postgres://user@host:5432/database, with ?sslmode=verify-full where needed — never with a password in it.',
  'settings.warRoom.password': 'Server password',
  'settings.warRoom.optional': '(optional)',
  'settings.warRoom.passwordHint':
    'Kept in the OS keychain and never shown again. Empty: PGPASSWORD or ~/.pgpass, as psql reads them.',
  'settings.warRoom.noKeychain':
    'This app cannot keep a password here (no usable keychain): give it through PGPASSWORD or ~/.pgpass.',
  'settings.warRoom.test': 'Test connection',
  'settings.warRoom.testing': 'Testing…',
  'settings.warRoom.join': 'Join (restarts)',
  'settings.warRoom.leave': 'Leave (restarts)',
  'settings.warRoom.published':
    'Connected to {store}: {label} on {host} publishes ‘{title}’, last at {time}.',
  'settings.warRoom.noCollector': 'Connected to {store}, but no collector has published yet.',
  'settings.warRoom.failed': 'No connection: {message}',
  'settings.warRoom.joining': 'The app restarts as a seat of the shared war room…',
  'settings.warRoom.leaving': 'The app restarts, without the shared war room…',
  'settings.warRoom.unavailable':
    'Joining and leaving work in the app itself only (or start it with --join postgres://…).',
  'settings.warRoom.invalid': 'Nothing changed: {message}',
  'settings.warRoom.urlRequired': 'Fill in the address of the shared war room.',
};
