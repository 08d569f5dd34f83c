import { expect, type Locator, type Page } from '@playwright/test';
import { testIds } from '../../renderer/testids.ts';
import { domainIds, type DomainId } from '../../shared/playbook/domains.ts';

/** The dashboard as a test sees it: the same data-testids the renderer sets. */
export class DashboardPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  get app(): Locator {
    return this.page.getByTestId(testIds.app);
  }

  /** Waits for the app, never the clock: `data-state="ready"` is set once data is drawn. */
  async ready(): Promise<void> {
    await expect(this.app).toHaveAttribute('data-state', 'ready');
  }

  tile(id: DomainId): Locator {
    return this.page.getByTestId(testIds.domainTile(id));
  }

  /**
   * Wherever the wall shows the domain now: its tile on the overview, or its detail page while
   * it holds the screen for its alarm. Both carry `data-status`.
   */
  shown(id: DomainId): Locator {
    return this.page.locator(
      `[data-testid="${testIds.domainTile(id)}"], ` +
        `[data-testid="${testIds.detailPage}"][data-domain="${id}"]`,
    );
  }

  tiles(): Locator {
    return this.page.locator(
      domainIds.map((id) => `[data-testid="${testIds.domainTile(id)}"]`).join(','),
    );
  }

  async tileOrder(): Promise<string[]> {
    return this.tiles().evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('data-testid') ?? ''),
    );
  }

  get demoBadge(): Locator {
    return this.page.getByTestId(testIds.demoBadge);
  }

  get staleBanner(): Locator {
    return this.page.getByTestId(testIds.staleBanner);
  }

  get languageToggle(): Locator {
    return this.page.getByTestId(testIds.languageToggle);
  }

  get viewToggle(): Locator {
    return this.page.getByTestId(testIds.viewToggle);
  }

  source(id: string): Locator {
    return this.page.getByTestId(testIds.sourceRow(id));
  }
}
