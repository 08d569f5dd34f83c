/**
 * §1.3 of the seed: every incident is reported to the CIBG service desk, by phone to its
 * on-call service ("piketdienst") and by e-mail in office hours ("kantoortijden"). The seed
 * does not say what its office hours are; they are configuration (`intake.officeHours`).
 */

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

/** Office hours on the war room's clock: `from` and `to` as hh:mm, `to` up to 24:00. */
export interface OfficeHours {
  readonly days: readonly Weekday[];
  readonly from: string;
  readonly to: string;
}

/** The usual Dutch office day; public holidays are not modelled (docs/playbook.md). */
export const DEFAULT_OFFICE_HOURS: OfficeHours = {
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  from: '08:00',
  to: '17:00',
};

export interface IntakeDefinition {
  /** The resolver group every incident is reported to first. */
  readonly resolverGroup: string;
  readonly officeHours: OfficeHours;
}

export const intake: IntakeDefinition = {
  resolverGroup: 'cibg-service-desk',
  officeHours: DEFAULT_OFFICE_HOURS,
};

/** Minutes since midnight of an hh:mm time the schema accepted (24:00 is 1440). */
export function minuteOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}
