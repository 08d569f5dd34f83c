import { randomUUID } from 'node:crypto';

/**
 * The simulator's incident: a flat record it filters and sorts on, turned into TOPdesk's
 * documented JSON shape (docs/sources.md, "The incident object") only for the rows a page sends.
 */
export interface IncidentRecord {
  readonly id: string;
  readonly number: string;
  readonly status: 'firstLine' | 'secondLine' | 'partial';
  readonly briefDescription: string;
  readonly request: string;
  readonly callerName: string;
  readonly category: string | null;
  readonly subcategory: string | null;
  readonly priority: string | null;
  readonly operatorGroup: string | null;
  readonly processingStatus: string | null;
  readonly callDate: number;
  readonly creationDate: number;
  readonly modificationDate: number;
  readonly targetDate: number | null;
  readonly completed: boolean;
  readonly completedDate: number | null;
  readonly closed: boolean;
  readonly closedDate: number | null;
  readonly majorCall: boolean;
}

/** What tests and the demo set; everything else gets a plausible default. */
export type IncidentInit = Partial<
  Omit<
    IncidentRecord,
    'callDate' | 'creationDate' | 'modificationDate' | 'targetDate' | 'completedDate' | 'closedDate'
  >
> & {
  readonly callDate?: Date;
  readonly targetDate?: Date | null;
};

/** A change to an existing incident; the server stamps modificationDate itself. */
export type IncidentChanges = Omit<IncidentInit, 'id'>;

let counter = 0;

export function newIncidentRecord(init: IncidentInit, now: Date): IncidentRecord {
  counter++;
  const at = now.getTime();
  const callDate = init.callDate?.getTime() ?? at;
  return {
    id: init.id ?? randomUUID(),
    number:
      init.number ??
      `I ${String(2611 + Math.floor(counter / 1000)).padStart(4, '0')} ${String(counter % 1000).padStart(3, '0')}`,
    status: init.status ?? 'secondLine',
    briefDescription: init.briefDescription ?? `Incident ${counter}`,
    request: init.request ?? 'Reported by phone.',
    callerName: init.callerName ?? 'Caller',
    category: init.category === undefined ? 'Helpdesk' : init.category,
    subcategory: init.subcategory === undefined ? 'App' : init.subcategory,
    priority: init.priority === undefined ? 'P3 - Normal' : init.priority,
    operatorGroup: init.operatorGroup === undefined ? 'CIBG servicedesk' : init.operatorGroup,
    processingStatus: init.processingStatus === undefined ? 'Logged' : init.processingStatus,
    callDate,
    creationDate: at,
    modificationDate: at,
    targetDate:
      init.targetDate === undefined
        ? callDate + 4 * 3_600_000
        : (init.targetDate?.getTime() ?? null),
    completed: init.completed ?? false,
    completedDate: init.completed ? at : null,
    closed: init.closed ?? false,
    closedDate: init.closed ? at : null,
    majorCall: init.majorCall ?? false,
  };
}

/** The record after `changes`, modified at `now`; closing also completes, as TOPdesk does. */
export function changedIncidentRecord(
  record: IncidentRecord,
  changes: IncidentChanges,
  now: Date,
): IncidentRecord {
  const at = now.getTime();
  const { callDate, targetDate, ...plain } = changes;
  const next: IncidentRecord = {
    ...record,
    ...plain,
    callDate: callDate?.getTime() ?? record.callDate,
    targetDate: targetDate === undefined ? record.targetDate : (targetDate?.getTime() ?? null),
    modificationDate: at,
  };
  const completed = next.completed || next.closed;
  return {
    ...next,
    completed,
    completedDate: completed ? (record.completedDate ?? at) : null,
    closedDate: next.closed ? (record.closedDate ?? at) : null,
  };
}
