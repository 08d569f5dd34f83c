import type { AppInfo, InvokeChannel, PushEvent } from './contract.ts';
import type { Playbook } from '../playbook/playbook.ts';
import type { Snapshot } from '../snapshot/snapshot-schema.ts';
import type { Contact } from '../contacts/contacts.ts';

/**
 * How the API reaches main: ipcRenderer in the preload, Playwright bindings in the
 * browser test harness. Only types are imported here, so the sandboxed preload bundle
 * stays free of zod and the schemas.
 */
export interface IpcTransport {
  invoke(channel: InvokeChannel, payload: undefined): Promise<unknown>;
  subscribe(event: PushEvent, listener: (payload: unknown) => void): () => void;
}

/** What the renderer sees as `window.dijkwacht`: one named method per channel, nothing raw. */
export interface DijkwachtApi {
  getAppInfo(): Promise<AppInfo>;
  getPlaybook(): Promise<Playbook>;
  getSnapshot(): Promise<Snapshot>;
  getContacts(): Promise<Contact[]>;
  /** Returns the function that unsubscribes. */
  onStatusChanged(listener: (snapshot: Snapshot) => void): () => void;
}

export const API_GLOBAL_NAME = 'dijkwacht';

export function createDijkwachtApi(transport: IpcTransport): DijkwachtApi {
  return {
    getAppInfo: () => transport.invoke('app:info', undefined) as Promise<AppInfo>,
    getPlaybook: () => transport.invoke('playbook:get', undefined) as Promise<Playbook>,
    getSnapshot: () => transport.invoke('snapshot:get', undefined) as Promise<Snapshot>,
    getContacts: () => transport.invoke('contacts:get', undefined) as Promise<Contact[]>,
    onStatusChanged: (listener) =>
      transport.subscribe('status:changed', (payload) => listener(payload as Snapshot)),
  };
}
