import type { Bilingual } from './text.ts';

/**
 * Roles of §1.5 that no line of §1.3 or §1.4 puts on a domain, each with the reason; the
 * playbook schema requires every role to be on a domain or here, so none is lost silently.
 */
export interface UnattachedRole {
  readonly roleId: string;
  readonly reason: Bilingual;
}

export const unattachedRoles: readonly UnattachedRole[] = [
  {
    roleId: 'adoption-coordination',
    reason: {
      nl: 'Alleen in de contactlijst (§1.5): geen communicatielijn of oplosgroep noemt adoptie',
      en: 'Only in the contact list (§1.5): no communication line or resolver group names adoption',
    },
  },
];
