import { wallDate, type Clock } from '../../time/clock.ts';
import {
  changedIncidentRecord,
  newIncidentRecord,
  type IncidentChanges,
  type IncidentInit,
  type IncidentRecord,
} from './incident.ts';

/**
 * The simulator's mutable incident list. Tests and the demo change it while the server
 * runs; every change stamps modificationDate from the server's clock, as TOPdesk does.
 */
export interface TopdeskDataset {
  add(init?: IncidentInit): IncidentRecord;
  update(id: string, changes: IncidentChanges): IncidentRecord;
  /** Closes (and so completes) the incident. */
  close(id: string): IncidentRecord;
  /** Deletes or archives it: it leaves the lists without a trace in modificationDate. */
  remove(id: string): void;
  get(id: string): IncidentRecord | undefined;
  all(): readonly IncidentRecord[];
  /** Bumped on every change; lets the listing cache a sorted result between pages. */
  readonly version: number;
}

export function createTopdeskDataset(clock: Clock): TopdeskDataset {
  const now = () => wallDate(clock);
  const records = new Map<string, IncidentRecord>();
  let version = 0;
  let snapshot: readonly IncidentRecord[] | null = null;
  const store = (record: IncidentRecord): IncidentRecord => {
    records.set(record.id, record);
    version++;
    snapshot = null;
    return record;
  };
  const existing = (id: string): IncidentRecord => {
    const record = records.get(id);
    if (!record) throw new Error(`no incident with id ${id}`);
    return record;
  };
  return {
    add: (init = {}) => store(newIncidentRecord(init, now())),
    update: (id, changes) => store(changedIncidentRecord(existing(id), changes, now())),
    close: (id) =>
      store(
        changedIncidentRecord(existing(id), { closed: true, processingStatus: 'Closed' }, now()),
      ),
    remove(id) {
      if (!records.delete(id)) return;
      version++;
      snapshot = null;
    },
    get: (id) => records.get(id),
    all: () => (snapshot ??= [...records.values()]),
    get version() {
      return version;
    },
  };
}
