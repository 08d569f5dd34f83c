import type { Interceptor } from '../interceptor.ts';

/** Which requests an injected fault hits, and how many of them. */
export interface FaultOptions {
  /** Matching requests to let through before the fault starts (default 0). */
  readonly skip?: number;
  /** How many matching requests get the fault (default: the server's own default). */
  readonly times?: number;
  /** A path prefix, or a pattern the request's path (and query, on StatusCake) must match. */
  readonly path?: string | RegExp;
}

/** What a fault injected without options hits: each server has its own. */
interface FaultDefaults {
  readonly times: number;
  readonly path?: string | RegExp;
}

interface Rule<F> {
  readonly fault: F;
  readonly path: string | RegExp | null;
  skip: number;
  remaining: number;
}

/** Faults waiting to be served, the oldest first, each to the requests it matches. */
export class FaultQueue<F> {
  readonly #defaults: FaultDefaults;
  #rules: Rule<F>[] = [];

  constructor(defaults: FaultDefaults) {
    this.#defaults = defaults;
  }

  inject(fault: F, options: FaultOptions = {}): void {
    this.#rules.push({
      fault,
      path: options.path ?? this.#defaults.path ?? null,
      skip: options.skip ?? 0,
      remaining: options.times ?? this.#defaults.times,
    });
  }

  clear(): void {
    this.#rules = [];
  }

  /** The fault for a request to `path`, if any; the request counts against its rule. */
  take(path: string): F | null {
    const rule = this.#rules.find(
      (candidate) => candidate.remaining > 0 && matches(candidate.path, path),
    );
    if (!rule) return null;
    if (rule.skip > 0) {
      rule.skip -= 1;
      return null;
    }
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.#rules = this.#rules.filter((other) => other !== rule);
    return rule.fault;
  }
}

function matches(pattern: string | RegExp | null, path: string): boolean {
  if (pattern === null) return true;
  return typeof pattern === 'string' ? path.startsWith(pattern) : pattern.test(path);
}

/** The queue a test injects into, and the interceptor that serves it on one server. */
export interface InjectableFaults<F, Call> {
  readonly queue: FaultQueue<F>;
  readonly interceptor: Interceptor<Call>;
}

/** What a server started for a test offers on top of its own interface. */
export interface FaultInjection<F> {
  injectFault(fault: F, options?: FaultOptions): void;
  clearFaults(): void;
}

/** The server with `injectFault` and `clearFaults` feeding `faults`. */
export function withFaultInjection<S extends object, F>(
  server: S,
  faults: FaultQueue<F>,
): S & FaultInjection<F> {
  // Assigned onto the server itself: a copy would lose its getters (TOPdesk's `requests`).
  return Object.assign(server, {
    injectFault: (fault: F, options?: FaultOptions) => faults.inject(fault, options),
    clearFaults: () => faults.clear(),
  });
}
