// The simulated TOPdesk for the sync benchmark, in its own process so that the benchmark's
// RSS figure is the client's alone. Driven over the IPC channel by topdesk-sync.bench.ts.
import { startTopdeskServer } from '../../electron/simulator/topdesk/server.ts';
import { systemClock } from '../../electron/time/clock.ts';

export type BenchRequest =
  | { readonly id: number; readonly op: 'seed'; readonly count: number; readonly endAt: string }
  | {
      readonly id: number;
      readonly op: 'change';
      readonly count: number;
      readonly advanceMs: number;
    }
  | { readonly id: number; readonly op: 'stats' }
  | { readonly id: number; readonly op: 'stop' };

const CATEGORIES = ['Helpdesk', 'GGD-portaal', 'Website', 'Security', 'Privacy'];
const SUBCATEGORIES = ['App', 'Inloggen', 'Testuitslag', 'Melding', 'Overig', 'Koppeling'];
const PRIORITIES = ['P1 - Critical', 'P2 - High', 'P3 - Normal', 'P4 - Low'];
const GROUPS = ['CIBG servicedesk', 'CIBG technisch beheer', 'Bouwteam', 'KPN Cloudservices'];
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

let clock = Date.now();
const server = await startTopdeskServer({ clock: { ...systemClock, now: () => clock } });
let lastStats = 0;

/** `count` open incidents, called in (and last changed) spread over the 30 days before `endAt`. */
function seed(count: number, endAt: string): void {
  const end = Date.parse(endAt);
  const step = Math.floor((30 * 86_400_000) / count);
  clock = end - step * count;
  for (let n = 0; n < count; n++) {
    clock += step;
    server.incidents.add({
      briefDescription: `Melding ${n}: app toont foutmelding bij ophalen testuitslag`,
      category: pick(CATEGORIES, n),
      subcategory: pick(SUBCATEGORIES, n * 7),
      priority: pick(PRIORITIES, n * 3),
      operatorGroup: pick(GROUPS, n * 5),
      callDate: new Date(clock),
    });
  }
}

/** After `advanceMs`, changes `count` incidents spread through the queue. */
function change(count: number, advanceMs: number): void {
  clock += advanceMs;
  const all = server.incidents.all();
  const stride = Math.max(1, Math.floor(all.length / count));
  for (let n = 0; n < count; n++) {
    const incident = all[(n * stride) % all.length];
    if (incident)
      server.incidents.update(incident.id, {
        processingStatus: 'In progress',
        priority: 'P2 - High',
      });
  }
}

/** Requests and body bytes since the previous call. */
function stats(): { requests: number; bytes: number } {
  const fresh = server.requests.slice(lastStats);
  lastStats = server.requests.length;
  return { requests: fresh.length, bytes: fresh.reduce((sum, entry) => sum + entry.bytes, 0) };
}

process.on('message', async (message: BenchRequest) => {
  let result: unknown = null;
  if (message.op === 'seed') seed(message.count, message.endAt);
  if (message.op === 'change') change(message.count, message.advanceMs);
  if (message.op === 'stats') result = stats();
  if (message.op === 'stop') await server.close();
  process.send?.({ id: message.id, result });
  if (message.op === 'stop') process.disconnect();
});
process.send?.({ id: 0, result: { url: server.url } });
