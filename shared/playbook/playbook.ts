import { z } from 'zod';
import { bilingualSchema } from './text.ts';
import { domainIds, domains } from './domains.ts';
import { roles } from './roles.ts';
import { resolverGroups } from './resolver-groups.ts';

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case id');

export const playbookSchema = z
  .strictObject({
    domains: z
      .array(
        z.strictObject({
          id: z.enum(domainIds),
          title: bilingualSchema,
          trigger: bilingualSchema,
          line: bilingualSchema,
          roles: z.array(idSchema),
          resolverGroups: z.array(idSchema),
        }),
      )
      .readonly(),
    roles: z.array(z.strictObject({ id: idSchema, title: bilingualSchema })).readonly(),
    resolverGroups: z
      .array(
        z.strictObject({
          id: idSchema,
          name: z.string().min(1),
          subject: bilingualSchema,
          reach: z.string().nullable(),
        }),
      )
      .readonly(),
  })
  .superRefine((playbook, ctx) => {
    const order = playbook.domains.map((domain) => domain.id).join();
    if (order !== domainIds.join()) {
      ctx.addIssue({
        code: 'custom',
        path: ['domains'],
        message: `domains in the order ${domainIds.join(', ')}`,
      });
    }
    const roleIds = new Set(playbook.roles.map((role) => role.id));
    const groupIds = new Set(playbook.resolverGroups.map((group) => group.id));
    playbook.domains.forEach((domain, index) =>
      domain.resolverGroups.forEach((groupId, groupIndex) => {
        if (!groupIds.has(groupId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['domains', index, 'resolverGroups', groupIndex],
            message: `a resolver group id of the playbook, not "${groupId}"`,
          });
        }
      }),
    );
    playbook.domains.forEach((domain, index) =>
      domain.roles.forEach((roleId, roleIndex) => {
        if (!roleIds.has(roleId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['domains', index, 'roles', roleIndex],
            message: `a role id of the playbook, not "${roleId}"`,
          });
        }
      }),
    );
  });

export type Playbook = z.infer<typeof playbookSchema>;

/** The default playbook: the seed's domains, roles and resolver groups, without people. */
export const defaultPlaybook: Playbook = playbookSchema.parse({ domains, roles, resolverGroups });
