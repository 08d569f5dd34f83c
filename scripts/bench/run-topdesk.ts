// Runs the TOPdesk sync benchmark alone: `node scripts/bench/run-topdesk.ts`.
import { runTopdeskBench } from './topdesk-sync.bench.ts';

for (const line of await runTopdeskBench()) console.log(line);
