import { z } from 'zod';
import { sourceKinds, type SourceKind } from '../config/sources-schema.ts';

/**
 * A source as the settings page's form sends it (renderer → main, once): the config's keys as
 * the user typed them, and each secret's value. Main checks it with the config's own schema
 * (source-checks.ts), stores the secrets in the keychain and writes the rest into the config.
 * The bounds here only keep the message small; the config's schema says what is right.
 */
const text = z.string().max(2_000);
/** A secret as typed; empty means "not entered" (keep the one the keychain holds). */
const secretText = z.string().max(4_096);

export const secretKeys = ['password', 'token', 'apiKey'] as const;
export type SecretKey = (typeof secretKeys)[number];

export const sourceDraftSchema = z.strictObject({
  kind: z.enum(sourceKinds),
  /** Bounded so that `<id>.<key>` stays a keychain name (at most 256 characters). */
  id: z.string().max(200),
  url: text,
  /** Empty: the config's default. */
  interval: text,
  timeout: text,
  allowHttp: z.boolean(),
  /** TOPdesk (required), Elasticsearch and Alertmanager (optional, with a password). */
  username: text,
  /** TOPdesk's full re-read; empty: the default. */
  resyncInterval: text,
  secrets: z.strictObject({
    password: secretText.optional(),
    token: secretText.optional(),
    apiKey: secretText.optional(),
  }),
});
export type SourceDraft = z.infer<typeof sourceDraftSchema>;

/** A form with nothing typed yet. */
export function emptySourceDraft(kind: SourceKind): SourceDraft {
  return {
    kind,
    id: '',
    url: '',
    interval: '',
    timeout: '',
    allowHttp: false,
    username: '',
    resyncInterval: '',
    secrets: {},
  };
}

/** The form's fields per kind, in the order shown: what the config's schema for that kind takes. */
export const draftFieldsByKind: Readonly<Record<SourceKind, readonly DraftField[]>> = {
  topdesk: [
    'id',
    'url',
    'username',
    'password',
    'interval',
    'timeout',
    'resyncInterval',
    'allowHttp',
  ],
  statuscake: ['id', 'url', 'token', 'interval', 'timeout', 'allowHttp'],
  elasticsearch: [
    'id',
    'url',
    'apiKey',
    'username',
    'password',
    'interval',
    'timeout',
    'allowHttp',
  ],
  alertmanager: ['id', 'url', 'username', 'password', 'interval', 'timeout', 'allowHttp'],
};
export type DraftField =
  'id' | 'url' | 'interval' | 'timeout' | 'allowHttp' | 'username' | 'resyncInterval' | SecretKey;

/** Secret keys a kind must have (the others it takes are optional). */
export const requiredSecrets: Readonly<Record<SourceKind, readonly SecretKey[]>> = {
  topdesk: ['password'],
  statuscake: ['token'],
  elasticsearch: [],
  alertmanager: [],
};

/** The name the app keeps a source's secret under in its keychain: `topdesk.password`. */
export function keychainNameFor(sourceId: string, key: SecretKey): string {
  return `${sourceId}.${key}`;
}

/** A problem with one field of the form, in the config check's words (`expected …`). */
export const fieldIssueSchema = z.strictObject({
  /** The form field, or null for the source as a whole. */
  field: z.string().max(40).nullable(),
  message: z.string().max(1_000),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;
