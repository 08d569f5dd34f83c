import { systemClock, type Clock } from '../../time/clock.ts';

/**
 * The StatusCake simulator's data: uptime checks with their up and down periods, in memory
 * and mutable, so tests and the demo scenarios can take a check down and bring it back.
 */

export type StatusCakeStatus = 'up' | 'down';
export type StatusCakeTestType = 'DNS' | 'HEAD' | 'HTTP' | 'PING' | 'SMTP' | 'SSH' | 'TCP';

export interface StatusCakePeriod {
  readonly status: StatusCakeStatus;
  readonly startedAt: number;
  /** Epoch ms; null while the period runs. */
  endedAt: number | null;
}

export interface StatusCakeCheck {
  readonly id: string;
  name: string;
  websiteUrl: string;
  testType: StatusCakeTestType;
  checkRate: number;
  contactGroups: string[];
  tags: string[];
  paused: boolean;
  uptime: number;
  /** Oldest first; the last one runs. */
  readonly periods: StatusCakePeriod[];
}

export interface NewStatusCakeCheck {
  readonly id?: string;
  readonly name: string;
  readonly url: string;
  readonly testType?: StatusCakeTestType;
  readonly checkRate?: number;
  readonly tags?: readonly string[];
  readonly contactGroups?: readonly string[];
  readonly paused?: boolean;
  readonly uptime?: number;
  /** When the check started (its first up period); defaults to a day ago. */
  readonly since?: Date;
}

type Time = Date | number;

export class StatusCakeDataset {
  readonly #checks = new Map<string, StatusCakeCheck>();
  readonly #clock: Clock;
  #nextId = 6_543_201;

  /** `clock` dates a check's start and a switch without a time of its own. */
  constructor(clock: Clock = systemClock) {
    this.#clock = clock;
  }

  /** Adds an up check and returns its id (a numeric-looking string, as StatusCake's are). */
  addCheck(input: NewStatusCakeCheck): string {
    const id = input.id ?? String(this.#nextId++);
    if (this.#checks.has(id)) throw new Error(`check ${id} exists already`);
    this.#checks.set(id, {
      id,
      name: input.name,
      websiteUrl: input.url,
      testType: input.testType ?? 'HTTP',
      checkRate: input.checkRate ?? 60,
      contactGroups: [...(input.contactGroups ?? [])],
      tags: [...(input.tags ?? [])],
      paused: input.paused ?? false,
      uptime: input.uptime ?? 100,
      periods: [
        {
          status: 'up',
          startedAt: this.#ms(input.since ?? this.#clock.now() - 86_400_000),
          endedAt: null,
        },
      ],
    });
    return id;
  }

  /** The check goes down at `at` (now by default); a check already down stays as it is. */
  setDown(id: string, at?: Time): void {
    this.#switch(id, 'down', at);
  }

  /** The check comes up again at `at` (now by default). */
  setUp(id: string, at?: Time): void {
    this.#switch(id, 'up', at);
  }

  setPaused(id: string, paused = true): void {
    this.#get(id).paused = paused;
  }

  remove(id: string): void {
    this.#checks.delete(id);
  }

  /** Every check, in the order they were added. */
  checks(): readonly StatusCakeCheck[] {
    return [...this.#checks.values()];
  }

  find(id: string): StatusCakeCheck | undefined {
    return this.#checks.get(id);
  }

  #switch(id: string, status: StatusCakeStatus, at: Time | undefined): void {
    const check = this.#get(id);
    const running = check.periods.at(-1);
    if (running?.status === status) return;
    const time = this.#ms(at ?? this.#clock.now());
    if (running) running.endedAt = time;
    check.periods.push({ status, startedAt: time, endedAt: null });
  }

  #get(id: string): StatusCakeCheck {
    const check = this.#checks.get(id);
    if (!check) throw new Error(`no check ${id}`);
    return check;
  }

  #ms(time: Time): number {
    return typeof time === 'number' ? time : time.getTime();
  }
}

/** A check's status is its running period's. */
export function statusOf(check: StatusCakeCheck): StatusCakeStatus {
  return check.periods.at(-1)?.status ?? 'up';
}
