/** Example configs that tests parse and check against docs/config.schema.json. */

/** The README's example config, as users copy it. */
export const README_EXAMPLE = `title: CoronaMelder — verhoogde dijkbewaking
timezone: Europe/Amsterdam
sources:
  - id: topdesk
    kind: topdesk
    url: https://example.topdesk.net       # the client calls /tas/api/...
    username: dijkwacht-api
    password: { env: TOPDESK_APP_PASSWORD } # secrets: { env: NAME }, or the OS keychain from the app
    interval: 60s
  - id: statuscake
    kind: statuscake
    url: https://api.statuscake.com
    token: { env: STATUSCAKE_TOKEN }
  - id: elk
    kind: elasticsearch
    url: https://elk.example.nl:9200
    apiKey: { env: ELK_API_KEY }
    queries:
      - id: backend-5xx
        index: "logs-backend-*"
        query: "http.response.status_code:[500 TO 599]"   # Lucene query_string
        window: 15m
  - id: alertmanager
    kind: alertmanager
    url: http://127.0.0.1:9093
domains:
  helpdesk:
    tickets: { categories: ["Helpdesk"] }
    rules:
      - { kind: ticket-spike, by: subcategory, window: 60m, baseline: 6h, factor: 3, minCount: 20 }
  website:
    checks: { tags: ["website"] }
    rules:
      - { kind: check-down, for: 2m }
  escalation:
    rules:
      - { kind: ticket-open, priorities: [P0, P1] }
      - { kind: unacknowledged, for: 15m }
priorities: { P0: "^(P0|Prio 0)", P1: "^(P1|Prio 1)" }   # TOPdesk priority names → levels
`;

/** The secrets README_EXAMPLE and EVERY_SECTION_EXAMPLE name. */
export const README_EXAMPLE_ENV = {
  TOPDESK_APP_PASSWORD: 'pw-topdesk',
  STATUSCAKE_TOKEN: 'tok-statuscake',
  ELK_API_KEY: 'key-elasticsearch',
  SLACK_WEBHOOK_INFRA: 'https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXX',
};

/** docs/config.md's smallest useful config. */
export const SMALLEST_EXAMPLE = `sources:
  - id: statuscake
    kind: statuscake
    url: https://api.statuscake.com
    token: { env: STATUSCAKE_TOKEN }
`;

/** A config that uses every section and every kind of source and rule. */
export const EVERY_SECTION_EXAMPLE = `title: Oefening
timezone: Europe/Amsterdam
contacts: people/team.csv
demo: false
sources:
  - { id: topdesk, kind: topdesk, url: "https://x.topdesk.net", username: api, password: { env: TOPDESK_APP_PASSWORD }, resyncInterval: 2h }
  - { id: statuscake, kind: statuscake, url: "https://api.statuscake.com", token: { env: STATUSCAKE_TOKEN }, interval: 30s, timeout: 5s }
  - id: elk
    kind: elasticsearch
    url: http://elk.internal:9200
    allowHttp: true
    username: dijkwacht
    password: { env: ELK_API_KEY }
    queries:
      - { id: backend-5xx, index: "logs-*", query: "status:[500 TO 599]", window: 15m, label: { nl: serverfouten, en: server errors } }
      - { id: logins, index: "auth-*", query: "event:login", window: 1h, timeField: ts, label: logins }
  - { id: alertmanager, kind: alertmanager, url: "http://127.0.0.1:9093", username: am, password: { env: TOPDESK_APP_PASSWORD } }
domains:
  helpdesk:
    tickets: { categories: [Helpdesk], subcategories: [Wachtwoord] }
    rules:
      - { kind: ticket-spike, by: category, window: 1h, baseline: 6h, factor: 2.5, minCount: 10, severity: warning }
  privacy:
    rules:
      - { kind: ticket-open, categories: [Privacy], majorIncident: true, deadline: 72h, for: 0s, clearAfter: 5m }
  alerting:
    alerts: { labels: { team: platform } }
    rules:
      - { kind: alert-firing, labels: {} }
      - { kind: query-threshold, query: backend-5xx, threshold: 0.5 }
  website:
    checks: { tags: [website] }
    rules: [{ kind: check-down, tags: [website], for: 2m }]
  escalation:
    rules:
      - { kind: ticket-open, priorities: [P0, P2] }
      - { kind: unacknowledged, for: 15m }
priorities: { P0: "^P0", P1: "^P1", P2: "^(P2|Prio 2)" }
routing:
  unassignedAfter: 45m
  subjects:
    - { categories: [App], subcategories: [Store], groups: [build-team, cibg-service-desk] }
intake:
  officeHours: { days: [mon, tue, wed, thu, fri, sat], from: "07:30", to: "24:00" }
wall:
  rotate: 30s
  alarmHold: 2m
  highlight: 5m
  display: 2
alerts:
  desktop: true
  sound: false
  slack:
    alerting: { env: SLACK_WEBHOOK_INFRA }
`;
