import { z } from 'zod';
import { defaultSubjectRoutes, type SubjectRoute } from '../playbook/subject-routes.ts';
import { resolverGroups } from '../playbook/resolver-groups.ts';
import { UNASSIGNED_AFTER } from './duration-bounds.ts';
import { durationIn, textList } from './fields.ts';

const groupIds = resolverGroups.map((group) => group.id);
const GROUP_HINT = `a resolver group id of the playbook (${groupIds.join(', ')})`;

/**
 * One line of the subject table: a ticket whose category (and/or subcategory) is listed
 * belongs with these resolver groups (§1.3). Texts compare case-insensitively.
 */
const subjectRouteSchema = z
  .strictObject(
    {
      categories: textList.optional(),
      subcategories: textList.optional(),
      groups: z
        .array(
          z
            .string({ error: GROUP_HINT })
            // For editors' completion (docs/config.schema.json), where the refinement cannot go.
            .meta({ enum: groupIds })
            .refine((id) => groupIds.includes(id), GROUP_HINT),
          {
            error: 'a list of resolver group ids',
          },
        )
        .min(1, 'at least one resolver group id'),
    },
    { error: 'a mapping with categories and/or subcategories, and groups' },
  )
  .refine(
    // An entry that names no subject would route every ticket: that is a guess, not §1.3.
    (route) => route.categories !== undefined || route.subcategories !== undefined,
    {
      message: 'at least one of categories or subcategories',
      // A misspelt key (category:) is reported as such, not also as a missing subject.
      when: (payload) => payload.issues.length === 0,
    },
  );
// The schema's output is the playbook's route shape: a change to either fails here.
subjectRouteSchema satisfies z.ZodType<SubjectRoute>;
export type { SubjectRoute };

/** `routing:` — where §1.3 says a ticket belongs, and how long it may sit unrouted. */
export const routingSchema = z
  .strictObject(
    {
      // As users write it, so that editors show it (docs/config.schema.json).
      unassignedAfter: durationIn(UNASSIGNED_AFTER).prefault('30m'),
      /** First match wins; a ticket no entry matches is not checked. Replaces the default whole. */
      subjects: z
        .array(subjectRouteSchema, { error: 'a list of subjects ({ categories, groups })' })
        .default(cloneDefaultRoutes),
    },
    { error: 'a mapping with unassignedAfter and subjects' },
  )
  .default(() => ({ unassignedAfter: 1_800_000, subjects: cloneDefaultRoutes() }));
export type RoutingConfig = z.infer<typeof routingSchema>;

function cloneDefaultRoutes(): SubjectRoute[] {
  return defaultSubjectRoutes.map((route) => ({
    ...(route.categories ? { categories: [...route.categories] } : {}),
    ...(route.subcategories ? { subcategories: [...route.subcategories] } : {}),
    groups: [...route.groups],
  }));
}
