import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export interface Clipping {
  /** The page itself scrolls. */
  readonly page: boolean;
  /** Boxes (tiles, the header, panels) whose content is larger than they are. */
  readonly boxes: string[];
  /** Text cut off with neither an ellipsis nor a line clamp to say so. */
  readonly silentCuts: string[];
}

/**
 * Everything on screen that hides content without saying so. A box may be smaller than its
 * content only where the text ends in an ellipsis (text-overflow or a line clamp); lists that
 * drop items must fit and say "+n" themselves, so they never appear here.
 */
export function findClipping(page: Page, boxes = '.tile, .header, .detail'): Promise<Clipping> {
  return page.evaluate((boxSelector) => {
    const name = (element: Element) =>
      element.getAttribute('data-testid') ??
      `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
    const cut = (element: Element) =>
      element.scrollHeight > element.clientHeight + 1 ||
      element.scrollWidth > element.clientWidth + 1;
    const saysSo = (element: Element) => {
      const style = getComputedStyle(element);
      const clamp = style.getPropertyValue('-webkit-line-clamp');
      return style.textOverflow === 'ellipsis' || (clamp !== '' && clamp !== 'none');
    };
    const root = document.documentElement;
    const all = [...document.querySelectorAll(boxSelector)];
    const inside = all.flatMap((box) => [...box.querySelectorAll('*')]);
    return {
      page: root.scrollHeight > window.innerHeight || root.scrollWidth > window.innerWidth,
      boxes: all.filter(cut).map(name),
      silentCuts: inside
        .filter((element) => {
          const style = getComputedStyle(element);
          const hides = style.overflow !== 'visible' || style.overflowX !== 'visible';
          return hides && cut(element) && !saysSo(element);
        })
        .map(name),
    };
  }, boxes);
}

/** axe-core on the page as it stands: no violation of WCAG 2.1 A/AA. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  const violations = results.violations.map((violation) => ({
    id: violation.id,
    nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
  }));
  expect(violations).toEqual([]);
}

/** The smallest font size, in px, of the elements matching `selector`. */
export function smallestFontPx(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    (chosen) =>
      Math.min(
        ...[...document.querySelectorAll(chosen)].map((element) =>
          Number.parseFloat(getComputedStyle(element).fontSize),
        ),
      ),
    selector,
  );
}
