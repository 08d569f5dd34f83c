import type { DomainConfig } from '../config/rules-schema.ts';
import type { Alert, Check, Ticket } from '../signals/signals.ts';

/** A domain's tickets: those in its categories/subcategories; no selector means none. */
export function domainTickets(
  selector: DomainConfig['tickets'],
  tickets: readonly Ticket[],
): Ticket[] {
  return tickets.filter(inDomain(selector));
}

/** Whether a ticket is one of a domain's tickets (domainTickets, one ticket at a time). */
export function inDomain(selector: DomainConfig['tickets']): (ticket: Ticket) => boolean {
  if (!selector) return () => false;
  return (ticket) =>
    (!selector.categories ||
      (ticket.category !== null && selector.categories.includes(ticket.category))) &&
    (!selector.subcategories ||
      (ticket.subcategory !== null && selector.subcategories.includes(ticket.subcategory)));
}

/** Checks carrying any of the tags (StatusCake's `matchany`); no tags means none. */
export function checksWithAnyTag(
  tags: readonly string[] | undefined,
  checks: readonly Check[],
): Check[] {
  if (!tags) return [];
  return checks.filter((check) => check.tags.some((tag) => tags.includes(tag)));
}

/** Alerts whose labels include every given label (an empty set matches every alert). */
export function alertsWithLabels(
  labels: Readonly<Record<string, string>>,
  alerts: readonly Alert[],
): Alert[] {
  return alerts.filter((alert) =>
    Object.entries(labels).every(([name, value]) => alert.labels[name] === value),
  );
}

/**
 * How much of a priority name the patterns see. Names are short ("P1 - Kritiek"); the cap
 * bounds the time a pattern can take on whatever the source sends, as backtracking grows
 * with a power of the length even for the patterns the config lets through.
 */
export const PRIORITY_MATCH_LENGTH = 100;

/** The level (P0, P1, …) of a TOPdesk priority name, by the config's `priorities` patterns. */
export function priorityLevel(
  priority: string | null,
  patterns: Readonly<Record<string, string>>,
): string | null {
  if (priority === null) return null;
  const subject = priority.slice(0, PRIORITY_MATCH_LENGTH);
  const match = compiled(patterns).find(([, pattern]) => pattern.test(subject));
  return match?.[0] ?? null;
}

// Compiled once per priorities map, not once per ticket and rule (thousands per evaluation).
const compiledPatterns = new WeakMap<object, readonly (readonly [string, RegExp])[]>();
function compiled(
  patterns: Readonly<Record<string, string>>,
): readonly (readonly [string, RegExp])[] {
  let entries = compiledPatterns.get(patterns);
  if (!entries) {
    entries = Object.entries(patterns).map(
      ([level, pattern]) => [level, new RegExp(pattern, 'i')] as const,
    );
    compiledPatterns.set(patterns, entries);
  }
  return entries;
}
