import { API_GLOBAL_NAME, createDijkwachtApi } from '../../shared/ipc/create-api.ts';
import type { PushEvent } from '../../shared/ipc/contract.ts';

/**
 * Stands in for the preload in a plain Chromium page: the same createDijkwachtApi, with
 * Playwright bindings as the transport instead of ipcRenderer. Bundled and injected with
 * addInitScript before the renderer's own code runs.
 */
type Listener = (payload: unknown) => void;
interface HarnessWindow {
  __dijkwachtInvoke(channel: string, payload: unknown): Promise<unknown>;
  __dijkwachtPush?: (event: PushEvent, payload: unknown) => void;
}

const harness = window as unknown as HarnessWindow & Record<string, unknown>;
const listeners = new Map<PushEvent, Set<Listener>>();

harness.__dijkwachtPush = (event, payload) =>
  listeners.get(event)?.forEach((listener) => listener(payload));

harness[API_GLOBAL_NAME] = Object.freeze(
  createDijkwachtApi({
    invoke: (channel, payload) => harness.__dijkwachtInvoke(channel, payload),
    subscribe: (event, listener) => {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  }),
);
