// `npm run bench`: figures for the closing notes. Each benchmark prints one line:
// what was measured, how many times, and the median per operation.
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const { parseConfigText } = await import('../shared/config/parse-config.ts');
const { defaultPlaybook } = await import('../shared/playbook/playbook.ts');
const { buildSnapshot } = await import('../shared/snapshot/build-snapshot.ts');

const CONFIG = `
title: Bench
sources:
  - { id: topdesk, kind: topdesk, url: "https://x.topdesk.net", username: u, password: { env: P } }
  - { id: statuscake, kind: statuscake, url: "https://api.statuscake.com", token: { env: P } }
  - id: elk
    kind: elasticsearch
    url: https://elk.example.nl:9200
    apiKey: { env: P }
    queries: [{ id: backend-5xx, index: "logs-*", query: "status:500", window: 15m }]
  - { id: alertmanager, kind: alertmanager, url: "http://127.0.0.1:9093" }
domains:
  helpdesk:
    tickets: { categories: ["Helpdesk"] }
    rules: [{ kind: ticket-spike, by: subcategory, window: 60m, baseline: 6h, factor: 3, minCount: 20 }]
`;

function measure(name, iterations, operation) {
  const samples = [];
  for (let round = 0; round < 7; round++) {
    const start = performance.now();
    for (let index = 0; index < iterations; index++) operation();
    samples.push((performance.now() - start) / iterations);
  }
  samples.sort((a, b) => a - b);
  const median = samples[3];
  console.log(`${name}: ${(median * 1000).toFixed(1)} µs/op (median of 7 rounds × ${iterations})`);
}

measure('config parse + validate (4 sources)', 200, () => {
  const result = parseConfigText(CONFIG, { fileName: 'bench.yaml', env: { P: 'bench-secret-1' } });
  if (!result.ok) throw result.error;
});

const config = parseConfigText(CONFIG, { fileName: 'bench.yaml', env: { P: 'bench-secret-1' } });
if (!config.ok) throw config.error;
const sources = config.value.sources.map((source) => ({
  id: source.id,
  kind: source.kind,
  health: 'ok',
  lastSuccessAt: new Date().toISOString(),
  error: null,
  nextPollAt: null,
}));
measure('snapshot build (7 domains, 4 sources)', 5000, () =>
  buildSnapshot({
    generatedAt: new Date(),
    demo: false,
    playbook: defaultPlaybook,
    config: config.value,
    sources,
    marks: new Map(),
  }),
);

// Each benchmark with a memory target runs in a process of its own, so its RSS is its own.
function runInOwnProcess(script) {
  execFileSync(process.execPath, [script], { stdio: 'inherit' });
}

console.log('\n# TOPdesk sync (50,000 open incidents, loopback server in a child process)');
runInOwnProcess(fileURLToPath(new URL('./bench/run-topdesk.ts', import.meta.url)));

console.log('\n# Status and escalation rules');
runInOwnProcess(fileURLToPath(new URL('./bench/rules.bench.ts', import.meta.url)));

console.log('\n# Incident timeline (SQLite: 1,000,000 events, single-event commits, kill test)');
runInOwnProcess(fileURLToPath(new URL('./bench/timeline.bench.ts', import.meta.url)));

console.log('\n# Timeline export (100,000 events: CSV, CSV redacted, PDF report)');
runInOwnProcess(fileURLToPath(new URL('./bench/export.bench.ts', import.meta.url)));

console.log('\n# Shared war room (PostgreSQL vs SQLite appends, seat-to-seat, failover)');
runInOwnProcess(fileURLToPath(new URL('./bench/war-room.bench.ts', import.meta.url)));

console.log('\n# Wall charts (250,000 tickets, 24 h span)');
runInOwnProcess(fileURLToPath(new URL('./bench/charts.bench.ts', import.meta.url)));

console.log('\n# Wall in Chromium (update cost, heap over 10,000 updates, detection latency)');
runInOwnProcess(fileURLToPath(new URL('./bench/wall.bench.ts', import.meta.url)));
