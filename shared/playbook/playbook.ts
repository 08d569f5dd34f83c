import type { z } from 'zod';
import { domains } from './domains.ts';
import { intake, type OfficeHours } from './intake.ts';
import { organisations } from './organisations.ts';
import { checkPlaybook } from './playbook-checks.ts';
import { playbookShape } from './playbook-shape.ts';
import { resolverGroups } from './resolver-groups.ts';
import { roles } from './roles.ts';
import { unattachedRoles } from './unattached-roles.ts';

export type { PlaybookShape } from './playbook-shape.ts';

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
