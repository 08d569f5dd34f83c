import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { dijkwachtApi } from './api/dijkwacht-api.ts';
import { App } from './app/App.tsx';
import { initialViewState, rememberViewState } from './app/view-state.ts';
import './styles/base.css';

const { view, language, domain } = initialViewState(window.location, window.localStorage);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <App
      api={dijkwachtApi()}
      queryClient={new QueryClient()}
      initialView={view}
      initialLanguage={language}
      initialDomain={domain}
      onViewStateChange={(state) => rememberViewState(state, window.localStorage)}
    />
  </StrictMode>,
);
