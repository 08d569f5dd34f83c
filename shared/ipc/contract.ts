import { z } from 'zod';
import { playbookSchema } from '../playbook/playbook.ts';
import { snapshotSchema } from '../snapshot/snapshot-schema.ts';
import { contactSchema } from '../contacts/contacts.ts';
import {
  contactBookSchema,
  contactImportResultSchema,
  phoneNumberTextSchema,
  removeContactRequestSchema,
  saveContactRequestSchema,
} from '../contacts/contact-book.ts';
import { domainIds } from '../playbook/domains.ts';
import { eventKindSchema, timelineEventSchema } from '../timeline/event.ts';
import { actionLimits } from '../timeline/action-limits.ts';
import { wallChartsSchema } from '../charts/chart-schema.ts';
import { domainDetailRequestSchema, domainDetailSchema } from '../desk/domain-detail-schema.ts';
import { openLinkRequestSchema, openLinkResultSchema } from '../desk/open-link-schema.ts';
import {
  pauseRequestSchema,
  sourceControlResultSchema,
  sourceRequestSchema,
  sourcesDetailSchema,
} from '../sources/source-detail.ts';
import {
  privacyAwarenessRequestSchema,
  privacyClocksSchema,
  privacyDecisionRequestSchema,
  privacyStartRequestSchema,
} from '../privacy/clock-schema.ts';
import {
  secretSetRequestSchema,
  secretSetResultSchema,
  settingsChangeSchema,
  settingsViewSchema,
  sourceAddResultSchema,
  sourceDraftSchema,
  sourceTestResultSchema,
} from '../settings/settings-contract.ts';
import {
  warRoomJoinRequestSchema,
  warRoomJoinResultSchema,
  warRoomTestRequestSchema,
  warRoomTestResultSchema,
} from '../settings/war-room-choice-contract.ts';

/**
 * The one IPC contract (GitHub Desktop's pattern, with zod for the runtime half): every
 * channel between main and renderer, its payload and its answer. Main, preload and
 * renderer compile against it, so a renamed channel breaks the build everywhere.
 */

/** How the wall behaves (the config's `wall` and `alerts`); defaults when no config sets them. */
export const wallSettingsSchema = z.strictObject({
  /** Show each domain's detail page in turn after the overview; null: the overview only. */
  rotateEveryMs: z.number().int().min(5_000).nullable(),
  /** How long a domain that turns critical holds the screen on its detail page. */
  alarmHoldMs: z.number().int().min(0),
  /** How long a tile whose state changed stays highlighted. */
  changedHighlightMs: z.number().int().min(0),
  /** Play one short sound with a desktop alert. */
  sound: z.boolean(),
});
export type WallSettings = z.infer<typeof wallSettingsSchema>;

/** Without a `wall` or `alerts` section: no rotation, an alarm holds 2 minutes, no sound. */
export const DEFAULT_WALL_SETTINGS: WallSettings = {
  rotateEveryMs: null,
  alarmHoldMs: 120_000,
  changedHighlightMs: 300_000,
  sound: false,
};

export const appInfoSchema = z.strictObject({
  version: z.string(),
  title: z.string(),
  timezone: z.string(),
  demo: z.boolean(),
  /** Where the config came from, for the coordinator; null on the built-in demo. */
  configFile: z.string().nullable(),
  wall: wallSettingsSchema,
});
export type AppInfo = z.infer<typeof appInfoSchema>;

const iso = z.iso.datetime({ offset: true });
const seq = z.number().int().min(1);
const domainId = z.enum(domainIds);
const actionText = z.string().trim().min(1).max(actionLimits.textMax);

/** Which events a view or an export wants; every part optional. */
export const timelineFilterSchema = z.strictObject({
  domains: z.array(domainId).max(domainIds.length).optional(),
  kinds: z.array(eventKindSchema).max(20).optional(),
  from: iso.optional(),
  to: iso.optional(),
  text: z.string().max(200).optional(),
});
export type TimelineFilter = z.infer<typeof timelineFilterSchema>;

export const timelinePageSchema = z.strictObject({
  total: z.number().int().min(0),
  /** Newest first, from `offset`. */
  events: z.array(timelineEventSchema),
});

export const exportFormats = ['csv', 'json', 'md', 'pdf'] as const;

export const exportResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('saved'), file: z.string(), events: z.number().int() }),
  z.strictObject({ status: z.literal('cancelled') }),
]);

/**
 * What "Open configuration…" came to (docs/desktop.md). On `opened` the app restarts on the
 * file right after answering; on `invalid` nothing changed, and `message` names the file, the
 * path in it and what was expected; `unavailable` where no dialog exists (the browser tests).
 */
export const configOpenResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('opened'), file: z.string() }),
  z.strictObject({ status: z.literal('cancelled') }),
  z.strictObject({ status: z.literal('invalid'), file: z.string(), message: z.string() }),
  z.strictObject({ status: z.literal('unavailable') }),
]);
export type ConfigOpenResult = z.infer<typeof configOpenResultSchema>;

/** What an application menu item asks of the page (docs/desktop.md, "The menu"). */
export const menuCommands = ['show-shortcuts', 'language-nl', 'language-en'] as const;

/** The operator's name is asked once per seat; every action records it as the actor. */
export const operatorSchema = z.strictObject({ name: z.string().nullable() });

/**
 * The shared war room as this app takes part in it (docs/war-room.md): a `seat` shows what a
 * collector publishes, a `collector` polls and publishes, `single` keeps a timeline of its own.
 */
export const warRoomStateSchema = z.strictObject({
  role: z.enum(['seat', 'collector', 'single']),
  /** The store as user@host:port/db (or the SQLite file), never with a password. */
  store: z.string(),
  connected: z.boolean(),
  /** Disconnected since, or the collector silent since; null when all is well or unknown. */
  since: iso.nullable(),
  /** Who publishes what a seat shows; null before any collector published. */
  collector: z.strictObject({ label: z.string(), host: z.string() }).nullable(),
  problem: z.enum(['disconnected', 'collector-silent', 'no-collector', 'schema']).nullable(),
  /** The one-line reason (the server named, never a password). */
  error: z.string().nullable(),
});
export type WarRoomState = z.infer<typeof warRoomStateSchema>;

/** Renderer → main, answered (ipcRenderer.invoke / ipcMain.handle). */
export const invokeContract = {
  'app:info': { request: z.undefined(), response: appInfoSchema },
  'playbook:get': { request: z.undefined(), response: playbookSchema },
  'snapshot:get': { request: z.undefined(), response: snapshotSchema },
  'contacts:get': { request: z.undefined(), response: z.array(contactSchema) },
  // The app's own contact list (docs/contacts.md): each change answers with the new list.
  'contacts:book': { request: z.undefined(), response: contactBookSchema },
  /** Asks main to choose a CSV or YAML file (a dialog in the app) and replaces the list with it. */
  'contacts:import': { request: z.undefined(), response: contactImportResultSchema },
  'contacts:save': { request: saveContactRequestSchema, response: contactBookSchema },
  'contacts:remove': { request: removeContactRequestSchema, response: contactBookSchema },
  /** "Copy number": main writes the clipboard (the sandboxed page may not); a number only. */
  'clipboard:write': {
    request: z.strictObject({ text: phoneNumberTextSchema }),
    response: z.undefined(),
  },
  /** The wall's charts, built from the newest signals (asked for after each snapshot). */
  'charts:get': { request: z.undefined(), response: wallChartsSchema },
  'timeline:page': {
    request: z.strictObject({
      filter: timelineFilterSchema,
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(500),
    }),
    response: timelinePageSchema,
  },
  'operator:get': { request: z.undefined(), response: operatorSchema },
  'operator:set': {
    request: z.strictObject({ name: z.string().trim().min(1).max(actionLimits.nameMax) }),
    response: operatorSchema,
  },
  // Actions: main adds the operator as the actor and the time; each answers with its event.
  'action:acknowledge': {
    request: z.strictObject({ raisedSeq: seq, note: actionText.optional() }),
    response: timelineEventSchema,
  },
  'action:snooze': {
    request: z.strictObject({
      raisedSeq: seq,
      forMs: z.number().int().min(actionLimits.snoozeMinMs).max(actionLimits.snoozeMaxMs),
      reason: actionText,
    }),
    response: timelineEventSchema,
  },
  'action:informed': {
    request: z.strictObject({
      domain: domainId,
      role: z.string().min(1).max(80),
      text: actionText.optional(),
    }),
    response: timelineEventSchema,
  },
  'action:criterion': {
    request: z.strictObject({ domain: domainId, met: z.boolean(), reason: actionText }),
    response: timelineEventSchema,
  },
  'action:log': {
    request: z.strictObject({
      kind: z.enum(['note', 'decision']),
      text: actionText,
      domain: domainId.nullable(),
    }),
    response: timelineEventSchema,
  },
  /** Asks where to save (a dialog in the app), writes the file, logs `export-made`. */
  'export:run': {
    request: z.strictObject({
      format: z.enum(exportFormats),
      redact: z.boolean(),
      from: iso.nullable(),
      to: iso.nullable(),
      domain: domainId.nullable(),
    }),
    response: exportResultSchema,
  },
  // The desk (docs/desk.md): a domain's detail, and links opened through main's allow-list.
  'domain:detail': { request: domainDetailRequestSchema, response: domainDetailSchema },
  'link:open': { request: openLinkRequestSchema, response: openLinkResultSchema },
  // The sources page (docs/sources-page.md); main checks every id against the config.
  'sources:detail': { request: z.undefined(), response: sourcesDetailSchema },
  /** Logs a note as the operator, then stops polling the source: it reads `stale`. */
  'source:pause': { request: pauseRequestSchema, response: sourceControlResultSchema },
  'source:resume': { request: sourceRequestSchema, response: sourceControlResultSchema },
  /** Polls now, or says when the source's backoff or rate limit allows it. */
  'source:poll-now': { request: sourceRequestSchema, response: sourceControlResultSchema },
  /** Chooses a config file (a dialog), checks it, remembers it and restarts on it. */
  'config:open': { request: z.undefined(), response: configOpenResultSchema },
  // The 72-hour privacy clocks (docs/privacy-clock.md); each change is logged as the operator.
  'privacy:get': { request: z.undefined(), response: privacyClocksSchema },
  'privacy:start': { request: privacyStartRequestSchema, response: privacyClocksSchema },
  'privacy:set-awareness': {
    request: privacyAwarenessRequestSchema,
    response: privacyClocksSchema,
  },
  'privacy:decide': { request: privacyDecisionRequestSchema, response: privacyClocksSchema },
  // Settings (docs/settings.md): secrets go in once and come back only as set / not set.
  'settings:get': { request: z.undefined(), response: settingsViewSchema },
  'settings:set': { request: settingsChangeSchema, response: settingsViewSchema },
  'source:test': { request: sourceDraftSchema, response: sourceTestResultSchema },
  'source:add': { request: sourceDraftSchema, response: sourceAddResultSchema },
  'secret:set': { request: secretSetRequestSchema, response: secretSetResultSchema },
  'warroom:get': { request: z.undefined(), response: warRoomStateSchema },
  // Joining the shared war room from the settings page; the password goes in once, to the keychain.
  'warroom:test': { request: warRoomTestRequestSchema, response: warRoomTestResultSchema },
  'warroom:join': { request: warRoomJoinRequestSchema, response: warRoomJoinResultSchema },
  'warroom:leave': { request: z.undefined(), response: warRoomJoinResultSchema },
} as const;

/** Main → renderer, pushed (webContents.send / ipcRenderer.on). */
export const pushContract = {
  'status:changed': snapshotSchema,
  /** New events were committed: the newest few, for the wall's strip and the timeline view. */
  'timeline:appended': z.strictObject({
    lastSeq: z.number().int().min(0),
    events: z.array(timelineEventSchema).max(50),
  }),
  /** Show a domain (a desktop alert was clicked): the desk opens on it. */
  'domain:show': z.strictObject({ domain: z.enum(domainIds) }),
  /** A long export's progress. */
  'export:progress': z.strictObject({
    done: z.number().int().min(0),
    total: z.number().int().min(0),
  }),
  /** An application menu item for the page: the shortcuts overlay, the UI's language. */
  'menu:command': z.strictObject({ command: z.enum(menuCommands) }),
  /** The war room's state changed (a seat lost the database, the collector fell silent…). */
  'warroom:changed': warRoomStateSchema,
} as const;

export type InvokeChannel = keyof typeof invokeContract;
export type PushEvent = keyof typeof pushContract;
export type InvokeRequest<C extends InvokeChannel> = z.input<(typeof invokeContract)[C]['request']>;
export type InvokeResponse<C extends InvokeChannel> = z.output<
  (typeof invokeContract)[C]['response']
>;
export type PushPayload<E extends PushEvent> = z.output<(typeof pushContract)[E]>;

export const invokeChannels = Object.keys(invokeContract) as InvokeChannel[];
export const pushEvents = Object.keys(pushContract) as PushEvent[];
