import { useCallback, useEffect, useState } from 'react';
import type { DomainId } from '../../shared/playbook/domains.ts';
import { assertNever } from '../../shared/result.ts';
import type { ShownDomain } from '../app/shown-domain.ts';
import { testIds } from '../testids.ts';

/** Where the desk is: its overview of tiles, a domain's detail, or another page. */
export type DeskLocation =
  | { readonly kind: 'overview' }
  | { readonly kind: 'domain'; readonly domain: DomainId }
  | { readonly kind: 'page'; readonly id: string };

/** The location as `data-page` says it: `overview`, a domain id, or a page id. */
export function locationKey(location: DeskLocation): string {
  switch (location.kind) {
    case 'overview':
      return 'overview';
    case 'domain':
      return location.domain;
    case 'page':
      return location.id;
    default:
      return assertNever(location);
  }
}

/** The next (1) or previous (-1) domain in playbook order, round the end; the first if none. */
export function stepDomain(
  order: readonly DomainId[],
  from: DomainId | null,
  step: 1 | -1,
): DomainId | null {
  const index = from === null ? -1 : order.indexOf(from);
  if (index === -1) return (step === 1 ? order[0] : order.at(-1)) ?? null;
  return order[(index + step + order.length) % order.length] ?? null;
}

/** Where the keyboard goes after a move: a tile on the overview, or a detail's heading. */
type FocusTarget = {
  readonly domain: DomainId;
  readonly on: 'tile' | 'detail';
  readonly n: number;
};

/**
 * The desk's location and its selected domain (the one the shortcuts act on), and where the
 * keyboard goes after each move. A clicked desktop alert (`shown`) brings the overview back
 * with its domain selected; the tile itself is focused by useScrollToShownDomain.
 */
export function useDeskNavigation(order: readonly DomainId[], shown: ShownDomain | null) {
  const [location, setLocation] = useState<DeskLocation>({ kind: 'overview' });
  const [selected, setSelected] = useState<DomainId | null>(shown?.domain ?? null);
  const [seenShown, setSeenShown] = useState(shown);
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  // Adjusted while rendering, so the overview's tile exists when the alert's tile is looked for.
  if (shown !== seenShown) {
    setSeenShown(shown);
    if (shown) {
      setLocation({ kind: 'overview' });
      setSelected(shown.domain);
    }
  }
  useFocusAfterMove(focus);
  const move = useCallback((domain: DomainId, on: FocusTarget['on']) => {
    setSelected(domain);
    setFocus((previous) => ({ domain, on, n: (previous?.n ?? 0) + 1 }));
  }, []);
  const detailDomain = location.kind === 'domain' ? location.domain : null;
  return {
    location,
    selected: detailDomain ?? selected,
    select: setSelected,
    openDomain: (domain: DomainId) => {
      setLocation({ kind: 'domain', domain });
      move(domain, 'detail');
    },
    openPage: (id: string) => setLocation({ kind: 'page', id }),
    overview: () => {
      const back = detailDomain ?? selected;
      setLocation({ kind: 'overview' });
      if (back) move(back, 'tile');
    },
    /** Next or previous domain: the detail of the next one, or the next tile. */
    step: (step: 1 | -1) => {
      const next = stepDomain(order, detailDomain ?? selected, step);
      if (!next) return;
      if (detailDomain) setLocation({ kind: 'domain', domain: next });
      move(next, detailDomain ? 'detail' : 'tile');
    },
  };
}

/** A tile takes the keyboard here; a detail takes it itself as it mounts (it loads lazily). */
function useFocusAfterMove(focus: FocusTarget | null): void {
  useEffect(() => {
    if (focus?.on !== 'tile') return;
    const selector = `[data-testid="${testIds.domainTile(focus.domain)}"]`;
    const target = document.querySelector<HTMLElement>(selector);
    if (!target) return;
    // Optional only for jsdom, which has no layout and no scrollIntoView.
    target.scrollIntoView?.({ block: 'nearest' });
    target.focus({ preventScroll: true });
  }, [focus]);
}
