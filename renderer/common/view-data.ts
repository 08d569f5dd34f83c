import type { Contact } from '../../shared/contacts/contacts.ts';
import type { AppInfo } from '../../shared/ipc/contract.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import type { ViewName } from '../app/view-state.ts';

/** Everything a view draws, loaded once by Screen. */
export interface ViewData {
  readonly appInfo: AppInfo;
  readonly playbook: Playbook;
  readonly snapshot: Snapshot;
  readonly contacts: readonly Contact[];
}

/** The coordinator's desk and its timeline: they switch views and the language. */
export interface DeskViewProps extends ViewData {
  readonly onShowView: (view: ViewName) => void;
  readonly onToggleLanguage: () => void;
}
