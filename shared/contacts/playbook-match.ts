import type { Playbook } from '../playbook/playbook.ts';

/**
 * People type a role or organisation as they know it: its id, or its name with whatever
 * dash, spacing and case their spreadsheet has. These find the playbook's entry for it.
 */

/** The role id for a role id, or for its Dutch or English title. */
export function findRoleId(role: string, playbook: Pick<Playbook, 'roles'>): string | null {
  const wanted = normalise(role);
  const match = playbook.roles.find(
    (candidate) =>
      candidate.id === role ||
      normalise(candidate.title.nl) === wanted ||
      normalise(candidate.title.en) === wanted,
  );
  return match?.id ?? null;
}

/** The organisation id for an organisation id or name, case-insensitively. */
export function findOrganisationId(
  organisation: string,
  playbook: Pick<Playbook, 'organisations'>,
): string | null {
  const wanted = normalise(organisation);
  const match = playbook.organisations.find(
    (candidate) => normalise(candidate.id) === wanted || normalise(candidate.name) === wanted,
  );
  return match?.id ?? null;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s–—-]+/g, ' ')
    .trim();
}
