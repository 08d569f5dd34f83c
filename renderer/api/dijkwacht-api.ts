import type { DijkwachtApi } from '../../shared/ipc/create-api.ts';

declare global {
  interface Window {
    /** What the preload exposes (API_GLOBAL_NAME): the typed IPC contract, nothing raw. */
    readonly dijkwacht?: DijkwachtApi;
  }
}

/**
 * The renderer's one door to the main process: the only module that reads the preload's
 * global. Components and hooks import from here; component tests swap in a fake.
 */
export function dijkwachtApi(): DijkwachtApi {
  const api = window.dijkwacht;
  if (!api)
    throw new Error('The Dijkwacht preload API is missing: open this page through the app.');
  return api;
}
