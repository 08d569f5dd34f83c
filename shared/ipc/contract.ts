import { z } from 'zod';
import { playbookSchema } from '../playbook/playbook.ts';
import { snapshotSchema } from '../snapshot/snapshot-schema.ts';
import { contactSchema } from '../contacts/contacts.ts';

/**
 * The one IPC contract (GitHub Desktop's pattern, with zod for the runtime half): every
 * channel between main and renderer, its payload and its answer. Main, preload and
 * renderer compile against it, so a renamed channel breaks the build everywhere.
 */

export const appInfoSchema = z.strictObject({
  version: z.string(),
  title: z.string(),
  timezone: z.string(),
  demo: z.boolean(),
  /** Where the config came from, for the coordinator; null on the built-in demo. */
  configFile: z.string().nullable(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** Renderer → main, answered (ipcRenderer.invoke / ipcMain.handle). */
export const invokeContract = {
  'app:info': { request: z.undefined(), response: appInfoSchema },
  'playbook:get': { request: z.undefined(), response: playbookSchema },
  'snapshot:get': { request: z.undefined(), response: snapshotSchema },
  'contacts:get': { request: z.undefined(), response: z.array(contactSchema) },
} as const;

/** Main → renderer, pushed (webContents.send / ipcRenderer.on). */
export const pushContract = {
  'status:changed': snapshotSchema,
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
