/**
 * A hook in front of a loopback server's own answer: it answers a request itself (returning
 * true) or lets it through. The demo installs none; tests install fault injection from the
 * servers' testing/ folders, so none of it ships (docs/reliability.md, "Fault injection").
 */
export type Interceptor<Call> = (call: Call) => boolean;

/** Whether one of `interceptors`, asked in order, answered the call. */
export function intercepted<Call>(interceptors: readonly Interceptor<Call>[], call: Call): boolean {
  return interceptors.some((interceptor) => interceptor(call));
}
