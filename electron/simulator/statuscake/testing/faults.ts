import { FaultQueue, type InjectableFaults } from '../../loopback/testing/fault-queue.ts';
import type { StatusCakeCall } from '../server.ts';
import type { StatusCakeFault } from './fault-kinds.ts';
import { applyFault, refuse, type RateBlock } from './fault-responses.ts';

export type { FaultOptions } from '../../loopback/testing/fault-queue.ts';
export type { StatusCakeFault } from './fault-kinds.ts';

/**
 * The queue a test injects into, and the interceptor that serves it. A fault without options
 * hits the next request only; a `rate-limited` one refuses every request until its
 * Retry-After has passed, as the real API does.
 */
export function statusCakeFaults(): InjectableFaults<StatusCakeFault, StatusCakeCall> {
  const queue = new FaultQueue<StatusCakeFault>({ times: 1 });
  let running: RateBlock | null = null;
  const interceptor = (call: StatusCakeCall): boolean => {
    if (running && call.at < running.until) {
      refuse(call.exchange, running, call.at);
      return true;
    }
    const fault = queue.take(call.pathAndQuery);
    if (!fault) return false;
    applyFault(fault, call, (block) => (running = block));
    return true;
  };
  return { queue, interceptor };
}
