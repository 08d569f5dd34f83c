import { parseConfigText } from '../../shared/config/parse-config.ts';
import type { DijkwachtApi } from '../../shared/ipc/create-api.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import { buildSnapshot } from '../../shared/snapshot/build-snapshot.ts';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import type { Contact } from '../../shared/contacts/contacts.ts';

/** A snapshot built by the real shared code from a config text, at a given time. */
export function snapshotFrom(configText: string, generatedAt: Date): Snapshot {
  const config = parseConfigText(configText, { fileName: 'test.yaml', env: {} });
  if (!config.ok) throw config.error;
  return buildSnapshot({
    generatedAt,
    demo: false,
    playbook: defaultPlaybook,
    config: config.value,
    sources: [],
    marks: new Map(),
  });
}

/** The preload API as a component test needs it: answers from memory, pushes on demand. */
export function fakeApi(initial: Snapshot, contacts: Contact[] = []) {
  const listeners = new Set<(snapshot: Snapshot) => void>();
  const api: DijkwachtApi = {
    getAppInfo: async () => ({
      version: 'test',
      title: 'Test room',
      timezone: 'Europe/Amsterdam',
      demo: false,
      configFile: 'test.yaml',
    }),
    getPlaybook: async () => defaultPlaybook,
    getSnapshot: async () => initial,
    getContacts: async () => contacts,
    onStatusChanged: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    api,
    push: (snapshot: Snapshot) => listeners.forEach((listener) => listener(snapshot)),
    listenerCount: () => listeners.size,
  };
}
