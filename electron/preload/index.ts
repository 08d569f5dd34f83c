import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_GLOBAL_NAME, createDijkwachtApi } from '../../shared/ipc/create-api.ts';

/**
 * Exposes exactly the typed contract as `window.dijkwacht`: one method per channel, never
 * ipcRenderer itself, and subscriptions that hand back their own unsubscribe.
 */
const api = createDijkwachtApi({
  invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
  subscribe: (event, listener) => {
    // Only the payload crosses into the page; the IpcRendererEvent (with `sender`) stays here.
    // Main validated it against the contract before sending (electron/main/ipc.ts, push).
    const forward = (_event: IpcRendererEvent, payload: Parameters<typeof listener>[0]) =>
      listener(payload);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
});

contextBridge.exposeInMainWorld(API_GLOBAL_NAME, api);
