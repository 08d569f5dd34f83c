import { z } from 'zod';
import { domainIds, type DomainId } from '../playbook/domains.ts';
import {
  DEMO_SOURCE_DURATIONS,
  SOURCE_DURATIONS,
  type SourceDurations,
} from './duration-bounds.ts';
import { nonEmptyText } from './fields.ts';
import { intakeSchema } from './intake-schema.ts';
import { routingSchema } from './routing-schema.ts';
import { domainConfigSchema, type DomainConfig } from './rules-schema.ts';
import { regexRisk } from './safe-regex.ts';
import { sourceSchemaWith } from './sources-schema.ts';

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

const domainsSchema = z
  .strictObject(
    Object.fromEntries(domainIds.map((id) => [id, domainConfigSchema.optional()])) as Record<
      DomainId,
      z.ZodOptional<typeof domainConfigSchema>
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

/** The config document as written (docs/contracts.md, "The config file"); secrets still references. */
function configDocumentSchemaWith(durations: SourceDurations) {
  return z
    .strictObject(
      {
        title: nonEmptyText.default('Dijkwacht'),
        timezone: nonEmptyText
          .refine(isTimeZone, 'an IANA time zone such as Europe/Amsterdam')
          .default('Europe/Amsterdam'),
        sources: z.array(sourceSchemaWith(durations), { error: 'a list of sources' }).default([]),
        domains: domainsSchema.default({}),
        priorities: prioritiesSchema.default({ ...DEFAULT_PRIORITIES }),
        /** Set by `dijkwacht simulate`: everything this config feeds is labelled DEMO. */
        demo: z.boolean({ error: 'true or false' }).default(false),
        contacts: nonEmptyText.optional(),
        routing: routingSchema,
        intake: intakeSchema,
      },
      { error: 'a mapping with title, sources, domains, …' },
    )
    .superRefine((config, ctx) => {
      const seen = new Set<string>();
      config.sources.forEach((source, index) => {
        if (seen.has(source.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['sources', index, 'id'],
            message: `a unique source id ("${source.id}" is used twice)`,
          });
        }
        seen.add(source.id);
      });
      const queryIds = new Set(
        config.sources.flatMap((source) =>
          source.kind === 'elasticsearch' ? source.queries.map((query) => query.id) : [],
        ),
      );
      for (const [domainId, domain] of Object.entries(config.domains)) {
        domain?.rules?.forEach((rule, index) => {
          if (rule.kind === 'query-threshold' && !queryIds.has(rule.query)) {
            ctx.addIssue({
              code: 'custom',
              path: ['domains', domainId, 'rules', index, 'query'],
              message: `the id of a query of an elasticsearch source ("${rule.query}" is not one)`,
            });
          }
          if (rule.kind === 'ticket-open') {
            rule.priorities?.forEach((level, levelIndex) => {
              if (!(level in config.priorities)) {
                ctx.addIssue({
                  code: 'custom',
                  path: ['domains', domainId, 'rules', index, 'priorities', levelIndex],
                  message: `a level of the priorities map (${Object.keys(config.priorities).join(', ')})`,
                });
              }
            });
          }
        });
      }
    });
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
