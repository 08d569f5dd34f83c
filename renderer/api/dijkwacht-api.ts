import { API_GLOBAL_NAME, type DijkwachtApi } from '../../shared/ipc/create-api.ts';

/**
 * The renderer's one door to the main process: the only module that reads the preload's
 * global. Components and hooks import from here; component tests swap in a fake.
 */
export function dijkwachtApi(): DijkwachtApi {
  const api = (window as unknown as Record<string, DijkwachtApi | undefined>)[API_GLOBAL_NAME];
  if (!api)
    throw new Error('The Dijkwacht preload API is missing: open this page through the app.');
  return api;
}
