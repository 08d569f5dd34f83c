import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultConfigFile } from './config-location.ts';

/**
 * The config "Create configuration…" writes: the documented example (README.md, "The config
 * file"; docs/config.md has every key), with a comment on each line that needs the user's own
 * value. It parses as it is once its secrets are set (starter-config.test.ts).
 */
export const STARTER_CONFIG = `# Dijkwacht configuration — a starting point: replace the example addresses and accounts
# with your own, then restart Dijkwacht (or choose this file with File > Open configuration…).
# Every key is explained in docs/config.md; a misspelt key is an error, never ignored.
#
# Secrets are never written in this file, only where they live:
#   { env: NAME }       an environment variable (set it for your desktop session, see
#                       docs/desktop.md, "Secrets when started from a launcher")
#   { keychain: NAME }  the OS keychain, as the app's settings page stores it
# A secret must hold at least 8 characters.

title: Verhoogde dijkbewaking            # shown in the header, the timeline and the exports
timezone: Europe/Amsterdam               # the war room's clock (an IANA time zone name)
# contacts: contacts.csv                 # people per role, relative to this file (README, "Contacts")

sources:                                 # at least one; remove the ones you do not use
  - id: topdesk
    kind: topdesk
    url: https://example.topdesk.net     # your TOPdesk; the client calls /tas/api/...
    username: dijkwacht-api              # an operator account with an application password
    password: { env: TOPDESK_APP_PASSWORD }
    interval: 60s                        # how often to poll (5s to 1d)
  - id: statuscake
    kind: statuscake
    url: https://api.statuscake.com
    token: { env: STATUSCAKE_TOKEN }
  - id: elk
    kind: elasticsearch
    url: https://elk.example.nl:9200     # your Elasticsearch
    apiKey: { env: ELK_API_KEY }         # or username + password: { env: … }
    queries:
      - id: backend-5xx
        index: "logs-backend-*"
        query: "http.response.status_code:[500 TO 599]"   # Lucene query_string
        window: 15m
  - id: alertmanager
    kind: alertmanager
    url: http://127.0.0.1:9093           # plain http only on loopback, or with allowHttp: true

# Optional: a domain listed here replaces the default playbook's selectors and rules for it.
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

# wall:
#   display: 2                           # the screen the wall opens on: 1 = primary
`;

export type StarterOutcome =
  | { readonly status: 'created'; readonly file: string }
  /** A config is there already: it is never overwritten. */
  | { readonly status: 'exists'; readonly file: string };

/** Writes the starter config to `<dataDir>/dijkwacht.yaml`, unless a file is there already. */
export async function createStarterConfig(dataDir: string): Promise<StarterOutcome> {
  const file = defaultConfigFile(dataDir);
  await mkdir(path.dirname(file), { recursive: true });
  try {
    // `wx`: the check and the write are one step, so not even a race overwrites a config.
    await writeFile(file, STARTER_CONFIG, { encoding: 'utf8', flag: 'wx' });
    return { status: 'created', file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { status: 'exists', file };
    throw error;
  }
}
