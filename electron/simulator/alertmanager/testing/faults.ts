import { sendJson, sendText } from '../../loopback/loopback-server.ts';
import {
  echoCredentials,
  type EchoCredentialsFault,
} from '../../loopback/testing/echo-credentials.ts';
import { FaultQueue, type InjectableFaults } from '../../loopback/testing/fault-queue.ts';
import {
  sendTransportFault,
  type TransportFault,
} from '../../loopback/testing/transport-faults.ts';
import { unauthorised, type AlertmanagerCall } from '../server.ts';

export type { FaultOptions } from '../../loopback/testing/fault-queue.ts';

/** The failures a test can inject into the simulated Alertmanager (docs/reliability.md, "Fault injection"). */
export type AlertmanagerFault =
  | TransportFault
  | { readonly kind: 'unauthorized' }
  | { readonly kind: 'forbidden' }
  /** Alertmanager's own 400/500 answers are a JSON string, e.g. "bad matcher format". */
  | { readonly kind: 'status'; readonly status: number; readonly message: string }
  /** The Basic credentials echoed in the plain-string error and in the headers. */
  | EchoCredentialsFault;

/**
 * The queue a test injects into, and the interceptor that serves it. A fault without options
 * hits every request but the health checks, until cleared.
 */
export function alertmanagerFaults(): InjectableFaults<AlertmanagerFault, AlertmanagerCall> {
  const queue = new FaultQueue<AlertmanagerFault>({ times: Number.POSITIVE_INFINITY });
  const interceptor = (call: AlertmanagerCall): boolean => {
    const fault = queue.take(call.path);
    if (!fault) return false;
    serveFault(call, fault);
    return true;
  };
  return { queue, interceptor };
}

function serveFault(call: AlertmanagerCall, fault: AlertmanagerFault): void {
  switch (fault.kind) {
    case 'unauthorized':
      return unauthorised(call);
    case 'forbidden':
      return sendText(call.response, 403, 'Forbidden\n');
    case 'status':
      return sendJson(call.response, fault.status, fault.message);
    case 'echo-credentials': {
      const echo = echoCredentials(fault, call.headers.authorization, call.path);
      return sendJson(call.response, echo.status, echo.text, echo.headers);
    }
    default:
      return sendTransportFault(call.response, fault, JSON.stringify(call.answer().body));
  }
}
