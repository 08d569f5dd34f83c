import type { DomainId } from '../playbook/domains.ts';
import type { EventOf } from '../timeline/event.ts';

/** The formats an export can take; the `export-made` event records which one was made. */
export type ExportFormat = EventOf<'export-made'>['data']['format'];

/** What every format says about itself: which timeline, which period, for whom. */
export interface ExportHeader {
  readonly title: string;
  readonly generatedAt: Date;
  /** The config's IANA time zone: every time for people is on this clock. */
  readonly timeZone: string;
  /** Inclusive; null: from the start of the timeline. */
  readonly from: Date | null;
  /** Exclusive; null: up to the moment of the export. */
  readonly to: Date | null;
  /** Only this domain's events; null: all of them. */
  readonly domain: DomainId | null;
  readonly redacted: boolean;
}
