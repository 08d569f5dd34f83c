import { createContext, useContext, type ReactNode } from 'react';
import type { DijkwachtApi } from '../../shared/ipc/create-api.ts';

const ApiContext = createContext<DijkwachtApi | null>(null);

export function ApiProvider({ api, children }: { api: DijkwachtApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): DijkwachtApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiProvider');
  return api;
}
