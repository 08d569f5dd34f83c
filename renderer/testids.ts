/** data-testid values, shared with the Playwright page objects so a rename breaks both. */
export const testIds = {
  app: 'app',
  demoBadge: 'demo-badge',
  staleBanner: 'stale-banner',
  timelineFailingBanner: 'timeline-failing-banner',
  clock: 'clock',
  domainTile: (id: string) => `domain-${id}`,
  domainStatus: 'domain-status',
  /** "sinds 14:02 · 12 min" on a wall tile. */
  domainSince: 'domain-since',
  /** "Gewijzigd" / "Alarm" on a wall tile whose state changed a short while ago. */
  domainChanged: 'domain-changed',
  /** The data's age, or which source fails and why, at a wall tile's foot. */
  domainData: 'domain-data',
  /** "+3 meer": marks or roles a wall tile has no room for. */
  tileMore: 'tile-more',
  /** A domain's detail page on the wall; it carries `data-domain` and `data-status`. */
  detailPage: 'domain-detail',
  detailSince: 'detail-since',
  detailMarks: 'detail-marks',
  /** "+n meer" on a detail page: the marks or roles that did not fit. */
  detailMore: 'detail-more',
  detailChart: 'detail-chart',
  /** Where the wall's rotation is; `data-page` names the page on screen. */
  pageDots: 'page-dots',
  /** One dot: `overview` or a domain id. */
  pageDot: (key: string) => `page-dot-${key}`,
  domainLine: 'domain-line',
  domainRoles: 'domain-roles',
  sourceRow: (id: string) => `source-${id}`,
  sourceError: 'source-error',
  mark: 'mark',
  /** The acknowledged/snoozed line (coordinator) or label (wall) of a mark. */
  markState: 'mark-state',
  languageToggle: 'language-toggle',
  /** Wall ↔ coordinator. */
  viewToggle: 'view-toggle',
  /** Coordinator ↔ timeline. */
  timelineToggle: 'timeline-toggle',
  resolverGroups: 'resolver-groups',

  operatorPrompt: 'operator-prompt',
  operatorNameInput: 'operator-name-input',
  operatorSave: 'operator-save',
  /** The header button that shows and changes the operator's name. */
  operatorButton: 'operator-button',

  // Inside any action form: scope them with the tile, mark or panel they sit in.
  actionSubmit: 'action-submit',
  actionCancel: 'action-cancel',
  actionError: 'action-error',
  actionSaved: 'action-saved',
  markAcknowledge: 'mark-acknowledge',
  markSnooze: 'mark-snooze',
  acknowledgeNote: 'acknowledge-note',
  snoozeDuration: (minutes: number) => `snooze-${minutes}`,
  snoozeReason: 'snooze-reason',
  domainInformed: 'domain-informed',
  informedRole: (roleId: string) => `informed-role-${roleId}`,
  domainCriterion: 'domain-criterion',
  domainWithdraw: 'domain-withdraw',
  criterionReason: 'criterion-reason',
  logForm: 'log-form',
  logKind: (kind: 'note' | 'decision') => `log-kind-${kind}`,
  logText: 'log-text',
  logDomain: 'log-domain',

  timelineStrip: 'timeline-strip',
  timelineStripItem: 'timeline-strip-item',

  timelineView: 'timeline-view',
  timelineList: 'timeline-list',
  timelineTotal: 'timeline-total',
  timelineRow: (seq: number) => `timeline-row-${seq}`,
  /** A link on a row to another event: its raising, acknowledgement, snooze or clearing. */
  timelineLink: (seq: number) => `timeline-link-${seq}`,
  timelineFilterDomain: 'timeline-filter-domain',
  timelineFilterKind: 'timeline-filter-kind',
  timelineFilterFrom: 'timeline-filter-from',
  timelineFilterTo: 'timeline-filter-to',
  timelineSearch: 'timeline-search',
  timelineClearFilters: 'timeline-clear-filters',

  exportOpen: 'export-open',
  exportForm: 'export-form',
  exportFormat: 'export-format',
  exportFrom: 'export-from',
  exportTo: 'export-to',
  exportDomain: 'export-domain',
  exportRedact: 'export-redact',
  exportProgress: 'export-progress',
  exportResult: 'export-result',
} as const;
