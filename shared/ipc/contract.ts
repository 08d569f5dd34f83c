import { z } from 'zod';
import { playbookSchema } from '../playbook/playbook.ts';
import { snapshotSchema } from '../snapshot/snapshot-schema.ts';
import { contactSchema } from '../contacts/contacts.ts';
import { domainIds } from '../playbook/domains.ts';
import { eventKindSchema, timelineEventSchema } from '../timeline/event.ts';
import { actionLimits } from '../timeline/action-limits.ts';
import { wallChartsSchema } from '../charts/chart-schema.ts';

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

/** The operator's name is asked once per seat; every action records it as the actor. */
export const operatorSchema = z.strictObject({ name: z.string().nullable() });

/** Renderer → main, answered (ipcRenderer.invoke / ipcMain.handle). */
export const invokeContract = {
  'app:info': { request: z.undefined(), response: appInfoSchema },
  'playbook:get': { request: z.undefined(), response: playbookSchema },
  'snapshot:get': { request: z.undefined(), response: snapshotSchema },
  'contacts:get': { request: z.undefined(), response: z.array(contactSchema) },
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
