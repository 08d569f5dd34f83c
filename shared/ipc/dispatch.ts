import {
  invokeContract,
  type InvokeChannel,
  type InvokeRequest,
  type InvokeResponse,
} from './contract.ts';

/** What main does for each channel; built by the app services, shared by Electron and tests. */
export type InvokeHandlers = {
  readonly [C in InvokeChannel]: (request: InvokeRequest<C>) => Promise<InvokeResponse<C>>;
};

/** Refused IPC: an unknown channel, a foreign sender or a payload that breaks the contract. */
export class IpcRejection extends Error {
  override readonly name = 'IpcRejection';
}

function isInvokeChannel(channel: unknown): channel is InvokeChannel {
  return typeof channel === 'string' && Object.hasOwn(invokeContract, channel);
}

/**
 * Validates a call against the contract before any handler runs, and the answer before it
 * leaves, so neither side can smuggle a shape the other did not agree to.
 */
export function createInvokeDispatcher(handlers: InvokeHandlers) {
  return async (channel: unknown, payload: unknown): Promise<unknown> => {
    if (!isInvokeChannel(channel)) throw new IpcRejection('unknown IPC channel');
    const contract = invokeContract[channel];
    const request = contract.request.safeParse(payload);
    if (!request.success) throw new IpcRejection(`invalid payload for ${channel}`);
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    return contract.response.parse(await handler(request.data));
  };
}
