import type { Clock } from '../time/clock.ts';
import type { DemoWorld } from './demo-world.ts';
import type { DemoTicket, Scenario, ScenarioEvent } from './scenario/scenario-events.ts';

const TICK_MS = 250;
/**
 * Log documents, and incidents closed, older than this many scenario minutes are dropped, so a
 * demo that runs for days (or hours at a high speed) stays the same size. It covers what the
 * demo's charts and rules read back: the spike rule's baseline and window, 7 scenario hours.
 */
const RETENTION_MINUTES = 8 * 60;

/**
 * Plays a scenario on the demo servers: scenario minutes pass `speed` times faster than
 * real ones, and the story starts again after its length (a wall display runs for days).
 * Its time is the world's clock, so the story and the servers' timestamps agree.
 */
export class ScenarioDriver {
  readonly #scenario: Scenario;
  readonly #world: DemoWorld;
  readonly #minuteMs: number;
  readonly #retentionMs: number;
  readonly #clock: Clock;
  readonly #startedAt: number;
  readonly #logRates = new Map<string, number>();
  #cycle = 0;
  #nextEvent = 0;
  #lastTick: number;
  #logCarry = 0;
  #phase = 'quiet';
  #timer: ReturnType<typeof setInterval> | null = null;

  constructor(scenario: Scenario, world: DemoWorld, speed: number) {
    this.#scenario = scenario;
    this.#world = world;
    this.#minuteMs = 60_000 / speed;
    this.#retentionMs = RETENTION_MINUTES * this.#minuteMs;
    this.#clock = world.clock;
    this.#startedAt = world.clock.now();
    this.#lastTick = this.#startedAt;
    for (const check of scenario.checks)
      world.statuscake.dataset.addCheck({
        id: check.id,
        name: check.name,
        url: check.url,
        tags: check.tags,
        checkRate: 60,
      });
  }

  start(): void {
    this.tick();
    this.#timer ??= setInterval(() => this.tick(), TICK_MS);
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }

  /** The phase of the story now, e.g. "ggd-portal-outage". */
  phase(): string {
    return this.#phase;
  }

  /** Applies every event that is due, and the log traffic since the last tick. */
  tick(): void {
    const now = this.#clock.now();
    const minutes = (now - this.#startedAt) / this.#minuteMs;
    const cycle = Math.floor(minutes / this.#scenario.lengthMinutes);
    if (cycle !== this.#cycle) this.#beginCycle(cycle);
    const within = minutes - cycle * this.#scenario.lengthMinutes;
    const events = this.#scenario.events;
    while (this.#nextEvent < events.length && (events[this.#nextEvent]?.at ?? Infinity) <= within) {
      this.#apply(events[this.#nextEvent++] as ScenarioEvent);
    }
    this.#writeLogs(this.#lastTick, now);
    this.#lastTick = now;
  }

  #beginCycle(cycle: number): void {
    // Events past the end of the last cycle never ran: settle what they would have settled.
    for (const incident of this.#world.topdesk.incidents.all())
      if (!incident.closed) this.#world.topdesk.incidents.close(incident.id);
    this.#dropOldClosedIncidents();
    for (const check of this.#scenario.checks) this.#world.statuscake.dataset.setUp(check.id);
    this.#world.alertmanager.resolve({});
    this.#cycle = cycle;
    this.#nextEvent = 0;
  }

  /** TOPdesk keeps them; the collector stops reading them once closed and old, and so can we. */
  #dropOldClosedIncidents(): void {
    const incidents = this.#world.topdesk.incidents;
    const cutoff = this.#clock.now() - this.#retentionMs;
    for (const incident of incidents.all())
      if (incident.closed && incident.callDate < cutoff) incidents.remove(incident.id);
  }

  #apply(event: ScenarioEvent): void {
    const world = this.#world;
    switch (event.type) {
      case 'phase':
        this.#phase = event.phase;
        break;
      case 'ticket-open':
        world.topdesk.incidents.add(this.#incident(event.ticket));
        break;
      case 'ticket-close':
        if (world.topdesk.incidents.get(this.#cycleId(event.ticketId)))
          world.topdesk.incidents.close(this.#cycleId(event.ticketId));
        break;
      case 'check-down':
        world.statuscake.dataset.setDown(event.checkId);
        break;
      case 'check-up':
        world.statuscake.dataset.setUp(event.checkId);
        break;
      case 'alert-fire':
        world.alertmanager.fire({
          labels: { alertname: event.alert.name, ...event.alert.labels },
          annotations: { summary: event.alert.summary },
        });
        break;
      case 'alert-resolve':
        world.alertmanager.resolve({ alertname: event.alertName });
        break;
      case 'log-rate':
        this.#logRates.set(event.stream, event.perMinute);
        break;
    }
  }

  #cycleId(id: string): string {
    return `${id}-c${this.#cycle}`;
  }

  #incident(ticket: DemoTicket) {
    // Numbers stay unique across cycles: the year part counts the cycles.
    const number = ticket.number.replace(
      /^I (\d{4})/,
      (_, year: string) => `I ${Number(year) + this.#cycle}`,
    );
    return {
      ...ticket,
      id: this.#cycleId(ticket.id),
      number,
      callDate: new Date(this.#clock.now()),
    };
  }

  #writeLogs(from: number, to: number): void {
    for (const stream of this.#scenario.logStreams) {
      const rate = this.#logRates.get(stream.id) ?? 0;
      const exact = (rate * (to - from)) / this.#minuteMs + this.#logCarry;
      const count = Math.floor(exact);
      this.#logCarry = exact - count;
      const documents = Array.from({ length: count }, (_, index) => ({
        index: stream.index,
        timestamp: new Date(from + ((index + 1) * (to - from)) / (count + 1)),
        fields: stream.fields,
      }));
      if (documents.length > 0) this.#world.elasticsearch.addDocuments(documents);
    }
    this.#world.elasticsearch.removeDocumentsBefore(new Date(to - this.#retentionMs));
  }
}
