/** data-testid values, shared with the Playwright page objects so a rename breaks both. */
export const testIds = {
  app: 'app',
  demoBadge: 'demo-badge',
  staleBanner: 'stale-banner',
  clock: 'clock',
  domainTile: (id: string) => `domain-${id}`,
  domainStatus: 'domain-status',
  domainLine: 'domain-line',
  domainRoles: 'domain-roles',
  sourceRow: (id: string) => `source-${id}`,
  sourceError: 'source-error',
  mark: 'mark',
  languageToggle: 'language-toggle',
  viewToggle: 'view-toggle',
  resolverGroups: 'resolver-groups',
} as const;
