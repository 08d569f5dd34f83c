import { z } from 'zod';
import type { SourceDurations } from './duration-bounds.ts';
import { durationIn, idField, nonEmptyText, secretRefField, whenParsed } from './fields.ts';

const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/** scheme://[userinfo@]host[:port][/…]; a pattern rather than URL, which shared/ does not assume. */
const BASE_URL =
  /^([a-z][a-z0-9+.-]*):\/\/(?:([^@/?#]*)@)?(\[[0-9a-f:.]+\]|[^:/?#@]+)(?::(\d{1,5}))?(?:[/?#].*)?$/i;

/** Plain http is only for loopback (tests, the demo) unless the user opts in per source. */
function checkBaseUrl(
  source: { url: string; allowHttp?: boolean | undefined },
  ctx: z.RefinementCtx,
): void {
  const match = BASE_URL.exec(source.url);
  if (!match) {
    ctx.addIssue({
      code: 'custom',
      path: ['url'],
      message: 'an absolute URL such as https://host.example',
    });
    return;
  }
  const [, scheme = '', userinfo, host = ''] = match;
  const protocol = scheme.toLowerCase();
  if (protocol !== 'https' && protocol !== 'http') {
    ctx.addIssue({ code: 'custom', path: ['url'], message: 'an https:// URL' });
  } else if (protocol === 'http' && !LOOPBACK_HOSTS.test(host.toLowerCase()) && !source.allowHttp) {
    ctx.addIssue({
      code: 'custom',
      path: ['url'],
      message: 'an https:// URL (plain http is only allowed for loopback, or with allowHttp: true)',
    });
  }
  if (userinfo !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['url'],
      message: "a URL without credentials (use the source's auth keys)",
    });
  }
}

/** Every kind of source, named once: the config's `kind`, the snapshot's, the clients'. */
export const sourceKinds = ['topdesk', 'statuscake', 'elasticsearch', 'alertmanager'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** A source as the config describes it, its durations within `durations`. */
export function sourceSchemaWith(durations: SourceDurations) {
  /** A plain text serves both languages; a pair says it in each. */
  const queryLabel = z
    .union([nonEmptyText, z.strictObject({ nl: nonEmptyText, en: nonEmptyText })], {
      error: 'a text such as "server errors", or { nl: …, en: … }',
    })
    .transform((label) => (typeof label === 'string' ? { nl: label, en: label } : label));

  /** Keys every source takes. */
  const common = {
    id: idField,
    url: nonEmptyText,
    // Defaults as users write them, so that editors show them (docs/config.schema.json).
    interval: durationIn(durations.interval).prefault('60s'),
    timeout: durationIn(durations.timeout).prefault('10s'),
    allowHttp: z.boolean({ error: 'true or false' }).optional(),
  };

  const topdesk = z.strictObject({
    kind: z.literal('topdesk'),
    ...common,
    username: nonEmptyText,
    password: secretRefField,
    /** A full re-read now and then catches what modificationDate deltas miss (deletions, archiving). */
    resyncInterval: durationIn(durations.resyncInterval).prefault('1h'),
  });

  const statuscake = z.strictObject({
    kind: z.literal('statuscake'),
    ...common,
    token: secretRefField,
  });

  const elasticsearchQuery = z.strictObject({
    id: idField,
    index: nonEmptyText,
    query: nonEmptyText,
    window: durationIn(durations.window),
    timeField: nonEmptyText.default('@timestamp'),
    /** What one hit is, plural, for people: "serverfouten", or { nl: …, en: … }. */
    label: queryLabel.optional(),
  });

  const elasticsearch = z
    .strictObject({
      kind: z.literal('elasticsearch'),
      ...common,
      apiKey: secretRefField.optional(),
      username: nonEmptyText.optional(),
      password: secretRefField.optional(),
      queries: z.array(elasticsearchQuery, { error: 'a list of queries' }).default([]),
    })
    .superRefine(
      (source, ctx) => {
        if (source.apiKey && (source.username || source.password)) {
          ctx.addIssue({
            code: 'custom',
            path: ['apiKey'],
            message: 'either apiKey or username and password, not both',
          });
        }
        checkUserAndPassword(source, ctx);
      },
      whenParsed('apiKey', 'username', 'password'),
    );

  const alertmanager = z
    .strictObject({
      kind: z.literal('alertmanager'),
      ...common,
      username: nonEmptyText.optional(),
      password: secretRefField.optional(),
    })
    .superRefine(checkUserAndPassword, whenParsed('username', 'password'));

  return z
    .discriminatedUnion('kind', [topdesk, statuscake, elasticsearch, alertmanager], {
      error: `a source with kind one of ${sourceKinds.join(', ')}`,
    })
    .superRefine(checkBaseUrl, whenParsed('kind', 'url', 'allowHttp'));
}

function checkUserAndPassword(
  source: { username?: string | undefined; password?: unknown },
  ctx: z.RefinementCtx,
): void {
  if (Boolean(source.username) !== Boolean(source.password)) {
    ctx.addIssue({
      code: 'custom',
      path: [source.username ? 'password' : 'username'],
      message: 'username and password together',
    });
  }
}
