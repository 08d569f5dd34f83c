import { DEFAULT_VIEW, viewNames, type ViewName } from '../../shared/ipc/views.ts';
import { domainIds, type DomainId } from '../../shared/playbook/domains.ts';
import type { Language } from '../../shared/playbook/text.ts';

export type { ViewName } from '../../shared/ipc/views.ts';

const LANGUAGE_KEY = 'dijkwacht.language';

/**
 * View and language come from the URL (?view=wall&lang=en), else the last choice, else Dutch;
 * the view defaults to DEFAULT_VIEW.
 */
export function initialViewState(
  location: Location,
  storage: Storage,
): { view: ViewName; language: Language; domain: DomainId | null } {
  const params = new URLSearchParams(location.search);
  const view = viewNames.find((name) => name === params.get('view')) ?? DEFAULT_VIEW;
  const asked = params.get('lang') ?? storage.getItem(LANGUAGE_KEY);
  // ?domain= : main opened the desk for a clicked desktop alert.
  const domain = domainIds.find((id) => id === params.get('domain')) ?? null;
  return { view, language: asked === 'en' ? 'en' : 'nl', domain };
}

/** Keeps the URL and storage in step, so a reload shows the same screen. */
export function rememberViewState(
  state: { view: ViewName; language: Language },
  storage: Storage,
): void {
  storage.setItem(LANGUAGE_KEY, state.language);
  const url = new URL(window.location.href);
  url.searchParams.set('view', state.view);
  url.searchParams.set('lang', state.language);
  // Shown once: a reload must not jump back to the domain of an old alert.
  url.searchParams.delete('domain');
  window.history.replaceState(null, '', url);
}
