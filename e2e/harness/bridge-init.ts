import { API_GLOBAL_NAME, createDijkwachtApi } from '../../shared/ipc/create-api.ts';
import type {
  InvokeChannel,
  InvokeRequest,
  InvokeResponse,
  PushEvent,
  PushPayload,
} from '../../shared/ipc/contract.ts';

/**
 * Stands in for the preload in a plain Chromium page: the same createDijkwachtApi, with
 * Playwright bindings as the transport instead of ipcRenderer. Bundled and injected with
 * addInitScript before the renderer's own code runs.
 */
type ListenerSets = { [E in PushEvent]: Set<(payload: PushPayload<E>) => void> };
interface HarnessWindow {
  /** The Playwright binding: main's dispatcher validates the call and its answer. */
  __dijkwachtInvoke<C extends InvokeChannel>(
    channel: C,
    payload: InvokeRequest<C>,
  ): Promise<InvokeResponse<C>>;
  /** Called by the harness with a payload it validated against the contract. */
  __dijkwachtPush?: (event: PushEvent, payload: PushPayload<PushEvent>) => void;
}

const harness = window as unknown as HarnessWindow & Record<string, unknown>;
const listeners: ListenerSets = {
  'status:changed': new Set(),
  'timeline:appended': new Set(),
  'export:progress': new Set(),
  'domain:show': new Set(),
  'menu:command': new Set(),
  'warroom:changed': new Set(),
};

harness.__dijkwachtPush = (event, payload) =>
  (listeners[event] as Set<(payload: PushPayload<PushEvent>) => void>).forEach((listener) =>
    listener(payload),
  );

harness[API_GLOBAL_NAME] = Object.freeze(
  createDijkwachtApi({
    invoke: (channel, payload) => harness.__dijkwachtInvoke(channel, payload),
    subscribe: (event, listener) => {
      const set = listeners[event];
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  }),
);
