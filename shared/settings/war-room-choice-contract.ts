import { z } from 'zod';

/**
 * Joining the shared war room from the settings page (docs/war-room.md, "Joining from the
 * app"): a URL and, optionally, the server's password — sent once, kept only in the OS
 * keychain, never answered back.
 */

/** The URL as typed: main checks it as the store does (postgres:// only, no password in it). */
const urlSchema = z.string().trim().min(1).max(2_048);
/** As long as the keychain keeps (electron/secrets/secret-store.ts, MAX_SECRET_LENGTH). */
const passwordSchema = z.string().min(1).max(4_096);

export const warRoomTestRequestSchema = z.strictObject({
  url: urlSchema,
  password: passwordSchema.optional(),
});
export type WarRoomTestRequest = z.input<typeof warRoomTestRequestSchema>;

export const warRoomJoinRequestSchema = warRoomTestRequestSchema;
export type WarRoomJoinRequest = WarRoomTestRequest;

const iso = z.iso.datetime({ offset: true });

/**
 * What "Test connection" found, the store named as user@host:port/db: a collector's
 * publication, none yet, or the store's one-line error (never the password).
 */
export const warRoomTestResultSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('published'),
    store: z.string(),
    collector: z.strictObject({ label: z.string(), host: z.string() }),
    /** The title the collector published, and the time zone to show its time in. */
    title: z.string(),
    timezone: z.string(),
    publishedAt: iso,
  }),
  z.strictObject({ status: z.literal('no-collector'), store: z.string() }),
  z.strictObject({ status: z.literal('failed'), message: z.string() }),
]);
export type WarRoomTestResult = z.infer<typeof warRoomTestResultSchema>;

/**
 * Join or leave: the app remembers the choice and restarts right after answering
 * `restarting`; `unavailable` where it cannot restart (the browser tests); `invalid` with the
 * reason when nothing changed (a bad URL, a password the keychain cannot keep).
 */
export const warRoomJoinResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('restarting') }),
  z.strictObject({ status: z.literal('unavailable') }),
  z.strictObject({ status: z.literal('invalid'), message: z.string() }),
]);
export type WarRoomJoinResult = z.infer<typeof warRoomJoinResultSchema>;
