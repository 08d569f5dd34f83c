import { settingsTestIds } from './coordinator/settings/settings-testids.ts';

/** data-testid values, shared with the Playwright page objects so a rename breaks both. */
export const testIds = {
  app: 'app',
  demoBadge: 'demo-badge',
  staleBanner: 'stale-banner',
  timelineFailingBanner: 'timeline-failing-banner',
  warRoomBanner: 'war-room-banner',
  warRoomBadge: 'war-room-badge',
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

  // The contacts page: a row per contact carries `data-role`.
  contactsPage: 'contacts-page',
  contactsOrigin: 'contacts-origin',
  contactsImport: 'contacts-import',
  contactsImportResult: 'contacts-import-result',
  contactsAdd: 'contacts-add',
  contactForm: 'contact-form',
  contactField: (field: string) => `contact-field-${field}`,
  contactRow: (id: string) => `contact-${id}`,
  contactEdit: 'contact-edit',
  contactRemove: 'contact-remove',
  contactRemoveConfirm: 'contact-remove-confirm',
  contactsError: 'contacts-error',
  // A domain's line card: its people with tel: and mailto: links, copy, "informed".
  lineCard: (domain: string) => `line-card-${domain}`,
  linePerson: 'line-person',
  phoneLink: 'phone-link',
  emailLink: 'email-link',
  copyNumber: 'copy-number',
  copyFeedback: 'copy-feedback',
  informedVia: (roleId: string) => `informed-via-${roleId}`,
  informedSaved: 'informed-saved',
  noContact: 'no-contact',

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

  // The sources page: a card per source carries `data-health` and `data-paused`.
  sourcesPage: 'sources-page',
  sourceCard: (id: string) => `source-card-${id}`,
  sourcePaused: 'source-paused',
  sourceLatency: 'source-latency',
  sourceNextPoll: 'source-next-poll',
  sourceLastError: 'source-last-error',
  sourcePause: 'source-pause',
  sourcePauseReason: 'source-pause-reason',
  sourceResume: 'source-resume',
  sourcePollNow: 'source-poll-now',
  /** What the last pause, resume or "poll now" did, or why it failed. */
  sourceFeedback: 'source-feedback',

  // The 72-hour privacy clock: the desk's panel (a clock carries `data-stage`), the wall's line.
  privacyPanel: 'privacy-panel',
  privacyStart: (incidentKey: string) => `privacy-start-${incidentKey}`,
  privacyClock: (clockId: string) => `privacy-clock-${clockId}`,
  privacyStopwatch: 'privacy-stopwatch',
  privacyStage: 'privacy-stage',
  privacyDeadline: 'privacy-deadline',
  privacyAwareness: 'privacy-awareness',
  privacyEditAwareness: 'privacy-edit-awareness',
  privacyAwarenessInput: 'privacy-awareness-input',
  privacyAwarenessReason: 'privacy-awareness-reason',
  privacyDecide: 'privacy-decide',
  privacyDecision: (notify: boolean) => `privacy-decision-${notify ? 'yes' : 'no'}`,
  privacyDecisionReason: 'privacy-decision-reason',
  privacyDecided: 'privacy-decided',
  privacyProblem: 'privacy-problem',
  wallPrivacyCountdown: 'wall-privacy-countdown',

  // The settings page (renderer/coordinator/settings/).
  ...settingsTestIds,

  // The desk (renderer/coordinator/, docs/desk.md): its page switcher, tiles, a domain's detail.
  deskNav: 'desk-nav',
  deskNavOverview: 'desk-nav-overview',
  deskNavDomain: (id: string) => `desk-nav-${id}`,
  deskNavPage: (id: string) => `desk-nav-page-${id}`,
  /** The desk's page for the moment: `data-page` is `overview`, a domain id or a page id. */
  deskMain: 'desk-main',
  /** A tile's button that opens its domain's detail. */
  deskOpenDomain: (id: string) => `desk-open-${id}`,
  /** A domain's detail on the desk; it carries `data-domain` and `data-status`. */
  deskDetail: 'desk-detail',
  deskBack: 'desk-back',
  detailEvidence: 'detail-evidence',
  detailTickets: 'detail-tickets',
  detailTicket: 'detail-ticket',
  ticketLink: 'ticket-link',
  detailChecks: 'detail-checks',
  detailAlerts: 'detail-alerts',
  detailQueries: 'detail-queries',
  /** "+n meer" under a detail's list that main bounded. */
  detailSectionMore: 'detail-section-more',
  deskPhone: 'desk-phone',
  deskEmail: 'desk-email',
  /** "geen contactpersoon ingesteld", once per domain. */
  deskNoContact: 'desk-no-contact',
  /** "link geweigerd" and why, after a link main refused to open. */
  linkRefused: 'link-refused',
  shortcutHelp: 'shortcut-help',
  shortcutHelpOpen: 'shortcut-help-open',
  /** What a shortcut did or why it could not (read out politely). */
  deskStatus: 'desk-status',
} as const;
