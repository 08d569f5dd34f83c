import type { Language } from '../../shared/playbook/text.ts';

/** The wall, the coordinator's desk, and the desk's timeline (with the export). */
export const viewNames = ['wall', 'coordinator', 'timeline'] as const;
export type ViewName = (typeof viewNames)[number];

const LANGUAGE_KEY = 'dijkwacht.language';

/**
 * View and language come from the URL (?view=wall&lang=en), else the last choice, else Dutch;
 * the view defaults to the coordinator's desk.
 */
export function initialViewState(
  location: Location,
  storage: Storage,
): { view: ViewName; language: Language } {
  const params = new URLSearchParams(location.search);
  const view = viewNames.find((name) => name === params.get('view')) ?? 'coordinator';
  const asked = params.get('lang') ?? storage.getItem(LANGUAGE_KEY);
  return { view, language: asked === 'en' ? 'en' : 'nl' };
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
  window.history.replaceState(null, '', url);
}
