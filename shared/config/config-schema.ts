import { z } from 'zod';
import { domainIds, type DomainId } from '../playbook/domains.ts';
import {
  DEMO_SOURCE_DURATIONS,
  SOURCE_DURATIONS,
  type SourceDurations,
} from './duration-bounds.ts';
import { alertsSchema } from './alerts-schema.ts';
import { checkReferences } from './config-references.ts';
import { nonEmptyText, secretRefField } from './fields.ts';
import { intakeSchema } from './intake-schema.ts';
import { routingSchema } from './routing-schema.ts';
import { domainConfigSchema, type DomainConfig } from './rules-schema.ts';
import { regexRisk } from './safe-regex.ts';
import { sourceSchemaWith } from './sources-schema.ts';
import { wallSchema } from './wall-schema.ts';

export const DEFAULT_PRIORITIES: Readonly<Record<string, string>> = {
  P0: '^(P0|Prio 0)',
  P1: '^(P1|Prio 1)',
};

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function isRegex(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

/** Named, so that docs/config.schema.json defines the domain settings once for every domain. */
const domainSettingsSchema = domainConfigSchema.meta({ id: 'domainSettings' });

const domainsSchema = z
  .strictObject(
    Object.fromEntries(domainIds.map((id) => [id, domainSettingsSchema.optional()])) as Record<
      DomainId,
      z.ZodOptional<typeof domainSettingsSchema>
    >,
    { error: 'a map of domain ids to domain settings' },
  )
  .transform((map) => map as Partial<Record<DomainId, DomainConfig>>);

const prioritiesSchema = z.record(
  z.string().regex(/^P\d$/, 'a priority level such as P0 or P1'),
  z.string({ error: 'a regular expression' }).superRefine((pattern, ctx) => {
    // The patterns run on every priority name a source sends: refuse those that can hang.
    const problem = isRegex(pattern) ? regexRisk(pattern) : 'a valid regular expression';
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  { error: 'a map of priority levels (P0, P1, …) to regular expressions' },
);

/**
 * `store:` — what a `postgres://` store needs beside its URL. The URL never holds the password;
 * without this key it comes from PGPASSWORD or ~/.pgpass, as psql reads it.
 */
const storeSchema = z.strictObject(
  {
    password: secretRefField
      .optional()
      .describe(
        'The PostgreSQL password: the environment variable holding it (default: PGPASSWORD, then ~/.pgpass)',
      ),
  },
  { error: 'a mapping with password: { env: NAME }' },
);

/**
 * The config document as written (docs/contracts.md, "The config file"); secrets still
 * references. The references between sections are checked even when other parts failed
 * (`when`), so that every error of a file comes out in one run.
 */
function configDocumentSchemaWith(durations: SourceDurations) {
  return z
    .strictObject(
      {
        // The descriptions are what editors show (docs/config.schema.json, docs/config.md).
        title: nonEmptyText
          .default('Dijkwacht')
          .describe('Shown in the header, recorded in the timeline, the title of every export'),
        timezone: nonEmptyText
          .refine(isTimeZone, 'an IANA time zone such as Europe/Amsterdam')
          .default('Europe/Amsterdam')
          .describe("The war room's clock (an IANA time zone name)"),
        sources: z
          .array(sourceSchemaWith(durations), { error: 'a list of sources' })
          .default([])
          .describe('What to poll (at least one)'),
        domains: domainsSchema
          .default({})
          .describe("Replaces a domain's default selectors and rules, per domain id"),
        priorities: prioritiesSchema
          .default({ ...DEFAULT_PRIORITIES })
          .describe('How TOPdesk priority names map to levels: a regular expression per level'),
        /** Set by `dijkwacht simulate`: everything this config feeds is labelled DEMO. */
        demo: z
          .boolean({ error: 'true or false' })
          .default(false)
          .describe('Set by dijkwacht simulate; never on a real war room'),
        contacts: nonEmptyText
          .optional()
          .describe("A contacts file (CSV or YAML), relative to the config file's folder"),
        routing: routingSchema.describe(
          'Where a ticket belongs (§1.3) and how long it may sit unrouted',
        ),
        intake: intakeSchema.describe("The service desk's office hours"),
        wall: wallSchema.describe('How the wall display pages, holds an alarm and highlights'),
        alerts: alertsSchema.describe(
          'Desktop notifications and Slack messages for people away from the wall',
        ),
        store: storeSchema
          .optional()
          .describe("The shared war room's PostgreSQL store (docs/war-room.md)"),
      },
      { error: 'a mapping with title, sources, domains, …' },
    )
    .superRefine(checkReferences, { when: () => true });
}

const documentSchemas = {
  user: configDocumentSchemaWith(SOURCE_DURATIONS),
  demo: configDocumentSchemaWith(DEMO_SOURCE_DURATIONS),
};

/** The schema of a user's config, or of a demo's (`demo: true`), whose time is compressed. */
export function configDocumentSchema(options: { readonly demo: boolean }) {
  return options.demo ? documentSchemas.demo : documentSchemas.user;
}

export type ConfigDocument = z.infer<ReturnType<typeof configDocumentSchema>>;
