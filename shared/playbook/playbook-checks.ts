import type { z } from 'zod';
import { domainIds } from './domains.ts';
import type { PlaybookShape } from './playbook-shape.ts';

type Report = (path: readonly (string | number)[], message: string) => void;

/** Cross-references of the playbook: every id one part names exists in the part it names. */
export function checkPlaybook(playbook: PlaybookShape, ctx: z.RefinementCtx): void {
  const report: Report = (path, message) =>
    ctx.addIssue({ code: 'custom', path: [...path], message });
  checkDomainOrder(playbook, report);
  checkUniqueIds(playbook, report);
  checkDomainReferences(playbook, report);
  checkOrganisationReferences(playbook, report);
  checkEveryRoleAccountedFor(playbook, report);
  if (!playbook.resolverGroups.some((group) => group.id === playbook.intake.resolverGroup))
    report(
      ['intake', 'resolverGroup'],
      `a resolver group id of the playbook, not "${playbook.intake.resolverGroup}"`,
    );
}

function checkDomainOrder(playbook: PlaybookShape, report: Report): void {
  if (playbook.domains.map((domain) => domain.id).join() !== domainIds.join())
    report(['domains'], `domains in the order ${domainIds.join(', ')}`);
}

function checkUniqueIds(playbook: PlaybookShape, report: Report): void {
  for (const part of ['roles', 'resolverGroups', 'organisations'] as const) {
    const seen = new Set<string>();
    playbook[part].forEach((entry, index) => {
      if (seen.has(entry.id))
        report([part, index, 'id'], `a unique id ("${entry.id}" is used twice)`);
      seen.add(entry.id);
    });
  }
}

/** Each id in `list` must be one of `known`; `expected` says which, as the message does. */
function checkIds(
  list: readonly string[],
  known: ReadonlySet<string>,
  path: readonly (string | number)[],
  expected: string,
  report: Report,
): void {
  list.forEach((id, index) => {
    if (!known.has(id)) report([...path, index], `${expected}, not "${id}"`);
  });
}

function checkDomainReferences(playbook: PlaybookShape, report: Report): void {
  const roleIds = new Set(playbook.roles.map((role) => role.id));
  const groupIds = new Set(playbook.resolverGroups.map((group) => group.id));
  playbook.domains.forEach((domain, index) => {
    checkIds(
      domain.resolverGroups,
      groupIds,
      ['domains', index, 'resolverGroups'],
      'a resolver group id of the playbook',
      report,
    );
    checkIds(
      domain.roles,
      roleIds,
      ['domains', index, 'roles'],
      'a role id of the playbook',
      report,
    );
    // A role the line names acts on the domain, so it is among the domain's roles too.
    checkIds(
      domain.lineRoles,
      new Set(domain.roles),
      ['domains', index, 'lineRoles'],
      "a role id among the domain's roles",
      report,
    );
  });
}

function checkOrganisationReferences(playbook: PlaybookShape, report: Report): void {
  const known = new Set(playbook.organisations.map((organisation) => organisation.id));
  for (const part of ['roles', 'resolverGroups'] as const)
    playbook[part].forEach((entry, index) =>
      checkIds(
        entry.organisations,
        known,
        [part, index, 'organisations'],
        'an organisation id of the playbook',
        report,
      ),
    );
}

/** Every role of §1.5 is on some domain, or listed as unattached with its reason. */
function checkEveryRoleAccountedFor(playbook: PlaybookShape, report: Report): void {
  const onDomain = new Map<string, string>();
  for (const domain of playbook.domains)
    for (const roleId of domain.roles) if (!onDomain.has(roleId)) onDomain.set(roleId, domain.id);
  const unattached = new Set(playbook.unattachedRoles.map((entry) => entry.roleId));
  playbook.roles.forEach((role, index) => {
    if (!onDomain.has(role.id) && !unattached.has(role.id))
      report(
        ['roles', index],
        `a role some domain names, or an entry of unattachedRoles saying why none does ("${role.id}" is neither)`,
      );
  });
  const roleIds = new Set(playbook.roles.map((role) => role.id));
  playbook.unattachedRoles.forEach((entry, index) => {
    const domainId = onDomain.get(entry.roleId);
    if (!roleIds.has(entry.roleId))
      report(
        ['unattachedRoles', index, 'roleId'],
        `a role id of the playbook, not "${entry.roleId}"`,
      );
    else if (domainId)
      report(
        ['unattachedRoles', index, 'roleId'],
        `a role no domain names ("${entry.roleId}" is on ${domainId})`,
      );
  });
}
