import { toConfigIssues } from '../../shared/config/config-issues.ts';
import { officeHoursSchema } from '../../shared/config/intake-schema.ts';
import type { OfficeHours } from '../../shared/playbook/intake.ts';

/**
 * Office hours from the settings page, checked with the config's own schema before they are
 * written to `intake.officeHours`; refused with the config check's words.
 */
export function checkOfficeHours(hours: unknown): OfficeHours {
  const parsed = officeHoursSchema.safeParse(hours, { reportInput: true });
  if (parsed.success) return parsed.data;
  const lines = toConfigIssues(parsed.error.issues).map(
    (issue) => `intake.officeHours${issue.path ? `.${issue.path}` : ''}: ${issue.message}`,
  );
  throw new Error(lines.join('\n'));
}
