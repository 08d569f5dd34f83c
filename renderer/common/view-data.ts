import type { Contact } from '../../shared/contacts/contacts.ts';
import type { AppInfo } from '../../shared/ipc/contract.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';

/** Everything a view draws, loaded once by Screen. */
export interface ViewData {
  readonly appInfo: AppInfo;
  readonly playbook: Playbook;
  readonly snapshot: Snapshot;
  readonly contacts: readonly Contact[];
}
