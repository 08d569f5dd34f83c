import { z } from 'zod';
import { weekdays } from '../playbook/intake.ts';
import { sourceKinds } from '../config/sources-schema.ts';
import { sourceErrorCategories } from '../status/source-error-category.ts';
import { keychainRefusalReasons, keychainStateSchema } from './keychain-state.ts';
import { seatSettingsSchema } from './seat-settings.ts';
import { fieldIssueSchema, secretKeys, sourceDraftSchema } from './source-draft.ts';

/**
 * The settings page's IPC (shared/ipc/contract.ts): what main tells the renderer, and what
 * the renderer may ask. No answer carries a secret: a secret is "set" or "not set", and the
 * form sends its value once, to `source:add`, `source:test` or `secret:set`.
 */

const path = z.string().max(4_096);
const name = z.string().max(200);

/** Where a configured source's secret is kept; never its value. */
export const secretStatusSchema = z.discriminatedUnion('kind', [
  /** `{ env: NAME }`: the app cannot tell whether the variable is right, only its name. */
  z.strictObject({ key: z.enum(secretKeys), kind: z.literal('env'), name }),
  /** `{ keychain: NAME }`: whether the app's keychain holds it. */
  z.strictObject({ key: z.enum(secretKeys), kind: z.literal('keychain'), name, set: z.boolean() }),
]);
export type SecretStatus = z.infer<typeof secretStatusSchema>;

export const configuredSourceSchema = z.strictObject({
  id: name,
  kind: z.enum(sourceKinds),
  url: z.string().max(2_000),
  secrets: z.array(secretStatusSchema).max(4),
});
export type ConfiguredSource = z.infer<typeof configuredSourceSchema>;

export const officeHoursSettingSchema = z.strictObject({
  days: z.array(z.enum(weekdays)).max(7),
  from: z.string().max(5),
  to: z.string().max(5),
});
export type OfficeHoursSetting = z.infer<typeof officeHoursSettingSchema>;

/** A display the wall could open on, as people count them (1 = primary, then left to right). */
export const displayOptionSchema = z.strictObject({
  id: z.number().int(),
  number: z.number().int().min(1),
  width: z.number().int().min(0),
  height: z.number().int().min(0),
  primary: z.boolean(),
});
export type DisplayOption = z.infer<typeof displayOptionSchema>;

export const settingsViewSchema = z.strictObject({
  seat: seatSettingsSchema,
  /** What was wrong with settings.json (the defaults are in force for what was wrong). */
  seatProblem: z.string().max(2_000).nullable(),
  /** The config's `alerts.sound`, which `seat.sound: null` follows. */
  configSound: z.boolean(),
  /** The config file sources and office hours are written to; null on the built-in demo. */
  configFile: path.nullable(),
  /** Why the config file could not be read for this page, if it could not. */
  configProblem: z.string().max(4_000).nullable(),
  officeHours: officeHoursSettingSchema,
  sources: z.array(configuredSourceSchema).max(100),
  keychain: keychainStateSchema,
  /** The displays the wall can use; null where the app cannot see them (the browser tests). */
  displays: z
    .strictObject({
      list: z.array(displayOptionSchema).max(16),
      /** The display chosen for the wall, by id; null: the app decides. */
      chosen: z.number().int().nullable(),
    })
    .nullable(),
});
export type SettingsView = z.infer<typeof settingsViewSchema>;

/** Everything optional: the page saves one setting at a time. */
export const settingsChangeSchema = z.strictObject({
  language: seatSettingsSchema.shape.language.optional(),
  sound: seatSettingsSchema.shape.sound.optional(),
  wallDisplay: z.number().int().optional(),
  officeHours: officeHoursSettingSchema.optional(),
});
export type SettingsChange = z.infer<typeof settingsChangeSchema>;

export const sourceTestResultSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('ok'),
    latencyMs: z.number().int().min(0),
    /** Tickets, checks, query results or alerts the poll found. */
    items: z.number().int().min(0),
  }),
  z.strictObject({
    status: z.literal('failed'),
    latencyMs: z.number().int().min(0),
    category: z.enum(sourceErrorCategories),
    /** The source's words, scrubbed of every form of the entered secrets. */
    detail: z.string().max(400),
  }),
  z.strictObject({ status: z.literal('invalid'), issues: z.array(fieldIssueSchema).max(40) }),
]);
export type SourceTestResult = z.infer<typeof sourceTestResultSchema>;

export const sourceAddResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('saved'), id: name, configFile: path }),
  z.strictObject({ status: z.literal('invalid'), issues: z.array(fieldIssueSchema).max(40) }),
  z.strictObject({ status: z.literal('keychain-refused'), reason: z.enum(keychainRefusalReasons) }),
  /** The built-in demo has no config file to write to: choose or create one first. */
  z.strictObject({ status: z.literal('no-config-file') }),
]);
export type SourceAddResult = z.infer<typeof sourceAddResultSchema>;

/** Replaces the secret a `{ keychain: NAME }` reference names; answered with set / not set only. */
export const secretSetRequestSchema = z.strictObject({
  source: name,
  key: z.enum(secretKeys),
  value: z.string().min(1).max(4_096),
});

export const secretSetResultSchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('set') }),
  z.strictObject({
    state: z.literal('not set'),
    /** Why: the keychain refused, or the value is unusable (in the config check's words). */
    reason: z.enum(keychainRefusalReasons).nullable(),
    issue: z.string().max(1_000).nullable(),
  }),
]);
export type SecretSetResult = z.infer<typeof secretSetResultSchema>;

export { sourceDraftSchema };
