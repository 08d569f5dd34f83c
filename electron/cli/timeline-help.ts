// Plain text, so `--help` loads no command's code.

export const COLLECT_HELP = `Usage: dijkwacht collect --config FILE --db STORE

The collector without windows: polls every source on its schedule and records the
timeline in STORE — events on change only: the collector started/stopped, source
health, domain status, marks raised and cleared. Restarted on the same store it
carries on: a mark still active is not raised again. Coordinators' actions (ack,
snooze, informed, log) written meanwhile are picked up within one heartbeat (5 s).
Stops cleanly on Ctrl-C (SIGINT) or SIGTERM.

STORE is an SQLite file (created if missing) or, for the shared war room, a
postgres://[USER@]HOST[:PORT]/DATABASE[?sslmode=…] URL — never with the password,
which comes from the config's store.password ({ env: NAME }), PGPASSWORD or
~/.pgpass, as psql reads it.
  A file has one collector: a second is refused and told which process holds it.
  On PostgreSQL the collector also publishes every snapshot for the seats, and picks
  their actions up as they commit. A second collect on the same database is a
  standby: it says which process collects, and takes over within 2 heartbeats (10 s)
  of that one's death, carrying on the same timeline.

Options:
  --config FILE   The config file (default: DIJKWACHT_CONFIG).
  --db STORE      The timeline's store: a file or a postgres:// URL.
  -h, --help      Show this help.

Environment (tests only): DIJKWACHT_HEARTBEAT_MS shortens the heartbeat (50–60000).

Exit codes: 0 stopped cleanly; 3 the config or the store cannot be used (a server
unreachable, a wrong password, a missing database, a schema from a newer build),
another collector holds the file, or events could not be written before stopping.
`;

export const EXPORT_HELP = `Usage: dijkwacht export --db STORE --format csv|json|md|pdf [--redact]
                        [--from ISO] [--to ISO] [--domain ID] [--out FILE]
                        [--config FILE] [--by NAME]

Writes the timeline (or the part --from/--to/--domain select) to --out, or to stdout
(pdf needs --out). md and pdf are the incident report: title, period, per domain how
long it was critical, its marks, who acknowledged them and how fast (time to
acknowledge, time to inform), then the log. Reading never blocks a running collector.
The export itself is recorded as an export-made event.

Options:
  --format F      csv, json, md or pdf.
  --redact        Replace people's names, e-mail addresses and phone numbers as Woo
                  releases do (ground 5.1.2e): names → 5.1.2e, an e-mail address keeps
                  its domain, a phone number its prefix.
  --from ISO      Events at or after this time, e.g. 2026-11-28T18:00:00+01:00.
  --to ISO        Events before this time.
  --domain ID     Only this domain's events.
  --out FILE      Write here instead of stdout.
  --config FILE   Take the title, the time zone and the contacts' names (for --redact)
                  from the config (default: DIJKWACHT_CONFIG; without one: the title
                  the collector recorded, Europe/Amsterdam).
  --by NAME       Who exports (default: $USER).
  -h, --help      Show this help.
`;

export const VERIFY_HELP = `Usage: dijkwacht verify --db STORE

Checks the store's integrity (SQLite's integrity_check; on PostgreSQL, the head row)
and the events' hash chain: every event carries the hash of the one before, so an
edited, removed or inserted event breaks the chain at its seq. STORE is a file or a
postgres:// URL (the password from PGPASSWORD or ~/.pgpass).

Exit codes: 0 sound; 2 broken (the first broken seq is named); 3 the store cannot
be opened.
`;

export const ACTION_HELP = `Usage:
  dijkwacht log      --db STORE --kind note|decision --by NAME --text TEXT [--domain ID]
  dijkwacht informed --db STORE --domain ID --role ROLE --by NAME [--text TEXT]
  dijkwacht ack      --db STORE --domain ID [--rule KIND] --by NAME [--text TEXT]
  dijkwacht snooze   --db STORE --domain ID [--rule KIND] --for DURATION --by NAME --text REASON

The coordinator's actions, for scripts and terminals; the app offers the same. Each is
written to the timeline with who (--by) and when, and works while a collector runs on
the same store (which picks it up within one heartbeat). STORE is a file or a
postgres:// URL (the password from PGPASSWORD or ~/.pgpass).

  log       A note or a decision, optionally about one domain.
  informed  "Informed ROLE via the domain's communication line" (ROLE: a role id of
            the playbook, e.g. build-team, security-coordination; see README.md).
  ack       Acknowledges the domain's open marks (only those of --rule KIND if given);
            an acknowledged mark no longer counts for the unacknowledged rule.
  snooze    Snoozes them for DURATION (1m to 24h, e.g. 30m): still shown and logged,
            but they do not escalate until the time is up.

Exit codes: 0 written; 3 a bad argument (unknown domain, role or rule, a missing --by,
--for out of range), no open mark to act on, or a store that cannot be used — and
then nothing is written.
`;
