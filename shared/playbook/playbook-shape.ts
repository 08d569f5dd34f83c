import { z } from 'zod';
import { officeHoursSchema } from '../config/intake-schema.ts';
import { domainIds } from './domains.ts';
import { bilingualSchema } from './text.ts';

/**
 * The playbook's shape, before the checks across its parts (playbook-checks.ts) that make it
 * a playbook (shared/playbook/playbook.ts).
 */
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

export const playbookShape = z.strictObject({
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
