import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import {
  pushContract,
  pushEvents,
  type PushEvent,
  type PushPayload,
} from '../../shared/ipc/contract.ts';
import {
  createInvokeDispatcher,
  IpcRejection,
  type InvokeHandlers,
} from '../../shared/ipc/dispatch.ts';
import { invokeChannels } from '../../shared/ipc/contract.ts';
import { isTrustedSender } from './security.ts';

/**
 * The only place that touches ipcMain. Every call is checked twice before a handler runs:
 * the sender must be the app's own top-level page, the payload must match the contract.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: InvokeHandlers,
): void {
  const dispatch = createInvokeDispatcher(handlers);
  for (const channel of invokeChannels) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame))
        throw new IpcRejection('IPC from an untrusted sender');
      return dispatch(channel, payload);
    });
  }
}

/**
 * Sends a push event to one window, if it is still there — validated against the contract
 * first, as every invoke answer is, so neither way can carry a shape the other did not agree to.
 */
export function push<E extends PushEvent>(
  contents: Pick<WebContents, 'isDestroyed' | 'send'>,
  event: E,
  payload: PushPayload<E>,
): void {
  if (!pushEvents.includes(event) || contents.isDestroyed()) return;
  contents.send(event, pushContract[event].parse(payload));
}
