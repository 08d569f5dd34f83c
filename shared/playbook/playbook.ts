import { z } from 'zod';
import { officeHoursSchema } from '../config/intake-schema.ts';
import { domainIds, domains } from './domains.ts';
import { intake, type OfficeHours } from './intake.ts';
import { organisations } from './organisations.ts';
import { checkPlaybook } from './playbook-checks.ts';
import { resolverGroups } from './resolver-groups.ts';
import { roles } from './roles.ts';
import { bilingualSchema } from './text.ts';
import { unattachedRoles } from './unattached-roles.ts';

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case id');
const ids = z.array(idSchema);

const domainSchema = z.strictObject({
  id: z.enum(domainIds),
  title: bilingualSchema,
  trigger: bilingualSchema,
  line: bilingualSchema,
  lineRoles: ids,
  lineRedacted: z.boolean(),
  roles: ids,
  resolverGroups: ids,
});

const organisationSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  emailDomains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]+$/, 'an e-mail domain')),
});

const playbookShape = z.strictObject({
  domains: z.array(domainSchema).readonly(),
  roles: z
    .array(z.strictObject({ id: idSchema, title: bilingualSchema, organisations: ids }))
    .readonly(),
  /** Roles of §1.5 on no domain, and why: every role is on a domain or listed here. */
  unattachedRoles: z
    .array(z.strictObject({ roleId: idSchema, reason: bilingualSchema }))
    .readonly(),
  resolverGroups: z
    .array(
      z.strictObject({
        id: idSchema,
        name: z.string().min(1),
        subject: bilingualSchema,
        reach: z.string().nullable(),
        organisations: ids,
      }),
    )
    .readonly(),
  organisations: z.array(organisationSchema).readonly(),
  /** §1.3: the group every incident goes to first, and its office hours (from the config). */
  intake: z.strictObject({ resolverGroup: idSchema, officeHours: officeHoursSchema }),
});
export type PlaybookShape = z.output<typeof playbookShape>;

export const playbookSchema = playbookShape.superRefine(checkPlaybook);

export type Playbook = z.infer<typeof playbookSchema>;

/** The default playbook: the seed's domains, roles, resolver groups and organisations. */
export const defaultPlaybook: Playbook = playbookSchema.parse({
  domains,
  roles,
  unattachedRoles,
  resolverGroups,
  organisations,
  intake,
});

/**
 * The playbook a config runs with: the seed's, with the config's office hours for the intake
 * (`intake.officeHours`), so the coordinator's view shows the channel the config implies.
 */
export function playbookWithOfficeHours(
  officeHours: OfficeHours,
  playbook: Playbook = defaultPlaybook,
): Playbook {
  return {
    ...playbook,
    intake: { ...playbook.intake, officeHours: { ...officeHours, days: [...officeHours.days] } },
  };
}
