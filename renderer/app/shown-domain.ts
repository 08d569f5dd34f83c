import { useEffect } from 'react';
import type { DomainId } from '../../shared/playbook/domains.ts';
import { testIds } from '../testids.ts';

/** A domain someone asked to see (a clicked desktop alert), and when: asking twice counts. */
export interface ShownDomain {
  readonly domain: DomainId;
  readonly asked: number;
}

const SHOWN_CLASS = 'is-shown';
const SHOWN_FOR_MS = 8_000;

/** Brings the domain's tile into view and focus, marked for a few seconds. */
export function useScrollToShownDomain(shown: ShownDomain | null): void {
  useEffect(() => {
    if (!shown) return;
    const tile = document.querySelector<HTMLElement>(
      `[data-testid="${testIds.domainTile(shown.domain)}"]`,
    );
    if (!tile) return;
    // Optional only for jsdom, which has no layout and no scrollIntoView.
    tile.scrollIntoView?.({ block: 'center' });
    tile.tabIndex = -1;
    tile.focus({ preventScroll: true });
    tile.classList.add(SHOWN_CLASS);
    const timer = setTimeout(() => tile.classList.remove(SHOWN_CLASS), SHOWN_FOR_MS);
    return () => {
      clearTimeout(timer);
      tile.classList.remove(SHOWN_CLASS);
    };
  }, [shown]);
}
