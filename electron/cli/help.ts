import { SIMULATE_DEFAULTS } from './args.ts';

// Plain text that needs only args.ts (for the defaults), so `--help` loads no command's code.

export const MAIN_HELP = `dijkwacht — war-room dashboard for heightened monitoring

Usage:
  dijkwacht snapshot --config FILE [--format json|text] [--lang nl|en] [--now ISO]
      Read every configured source once, evaluate, print the snapshot.
      Exit code: 2 critical, 1 warning, 3 unknown (or an unusable config), 0 ok.
  dijkwacht simulate [--scenario ${SIMULATE_DEFAULTS.scenario}] [--speed ${SIMULATE_DEFAULTS.speed}] [--out FILE]
      Serve the demo sources (TOPdesk, StatusCake, Elasticsearch, Alertmanager) on
      loopback, play the scenario on them, print a config that points at them.
  dijkwacht collect --config FILE --db STORE
      The collector without windows: polls and records the incident timeline in STORE.
  dijkwacht export --db STORE --format csv|json|md|pdf [--redact] [--out FILE] …
      The timeline as data or as the incident report; --redact for Woo publication.
  dijkwacht verify --db STORE
      Checks the store's integrity and the events' hash chain.
  dijkwacht log|informed|ack|snooze --db STORE --by NAME …
      The coordinator's actions: a note or decision, who was informed, acknowledge or
      snooze a domain's marks.
  dijkwacht help COMMAND   Show a command's options (or: dijkwacht COMMAND --help).
  dijkwacht --help         Show this help.
  dijkwacht --version      Show the version.

An error the command did not foresee exits 3 with one line on stderr;
DIJKWACHT_DEBUG=1 adds its stack trace. The config file (YAML or JSON) is described
in README.md.
`;

export const SNAPSHOT_HELP = `Usage: dijkwacht snapshot [--config FILE] [--format json|text] [--lang nl|en] [--now ISO]

Reads the config, polls every source once (all at the same time), evaluates the rules
and prints the snapshot. A short rate limit (Retry-After) is waited out and that source
asked once more, when it fits in the 30 s the command may take.

Options:
  --config FILE       The config file (YAML or JSON, see README.md).
                      Default: the file named by DIJKWACHT_CONFIG.
  --format json|text  json: the snapshot as JSON (default); text: a summary for people,
                      whose first line is a monitoring plugin's: state, worst domains and
                      performance data after |.
  --lang nl|en        The language of the text (default nl); times in the config's timezone.
  --now ISO           Evaluate and stamp the snapshot at this time instead of the clock,
                      e.g. 2020-10-10T12:00:00Z.
  -h, --help          Show this help.

Environment:
  DIJKWACHT_CONFIG    The config file when --config is not given.
  DIJKWACHT_DEBUG=1   Add the stack trace to the message of an unexpected error.
  The secrets the config names as { env: NAME } are read from the environment too.

Exit codes (the monitoring-plugin convention, for Nagios, Icinga or cron):
  0  every domain is ok
  1  a domain is warning, none critical
  2  a domain is critical
  3  a domain is unknown, none warning or critical; also: the config cannot be used,
     a usage error, or an unexpected error (one line on stderr)
`;

export const SIMULATE_HELP = `Usage: dijkwacht simulate [--scenario NAME] [--speed N] [--out FILE]

Serves the demo sources (TOPdesk, StatusCake, Elasticsearch, Alertmanager) on loopback,
plays a scenario on them and prints a config that points at them, with the demo servers'
secrets to export. Runs until Ctrl-C (SIGINT or SIGTERM).

Options:
  --scenario NAME  The story to play (default: ${SIMULATE_DEFAULTS.scenario}).
  --speed N        How many times faster than real time the story plays, 1 to 3600
                   (default: ${SIMULATE_DEFAULTS.speed}, one scenario minute in ${60 / SIMULATE_DEFAULTS.speed} s).
  --out FILE       Write the config to FILE instead of stdout; the secrets go to stderr.
  -h, --help       Show this help.

Environment:
  DIJKWACHT_DEBUG=1  Add the stack trace to the message of an unexpected error.

Exit codes:
  0  stopped by Ctrl-C
  3  an unknown scenario, a usage error, an --out FILE that cannot be written,
     or an unexpected error (one line on stderr)
`;
