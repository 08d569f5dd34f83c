import type { TimelineFilter } from '../../shared/ipc/contract.ts';
import type { DomainId } from '../../shared/playbook/domains.ts';
import type { EventKind } from '../../shared/timeline/event.ts';
import { localInputToIso } from './local-time.ts';

/** The timeline view's filter as the form holds it: times as typed, on the war room's clock. */
export interface FilterForm {
  readonly domain: DomainId | null;
  readonly kind: EventKind | null;
  /** `datetime-local` values; empty for no bound. */
  readonly from: string;
  readonly to: string;
  readonly text: string;
}

export const emptyFilterForm: FilterForm = { domain: null, kind: null, from: '', to: '', text: '' };

export function isEmptyFilter(form: FilterForm): boolean {
  return !form.domain && !form.kind && !form.from && !form.to && !form.text.trim();
}

/** The contract's filter: only the parts that are set, so equal filters share a cache key. */
export function toTimelineFilter(form: FilterForm, timeZone: string): TimelineFilter {
  const from = localInputToIso(form.from, timeZone);
  const to = localInputToIso(form.to, timeZone);
  const text = form.text.trim();
  return {
    ...(form.domain ? { domains: [form.domain] } : {}),
    ...(form.kind ? { kinds: [form.kind] } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(text ? { text } : {}),
  };
}
