import { useAppInfo, useContacts, usePlaybook, useSnapshot, useStatusPush } from '../api/hooks.ts';
import { CoordinatorView } from '../coordinator/CoordinatorView.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { testIds } from '../testids.ts';
import { WallDisplay } from '../wall/WallDisplay.tsx';
import type { ViewName } from './view-state.ts';

export interface ScreenProps {
  readonly view: ViewName;
  readonly onToggleView: () => void;
  readonly onToggleLanguage: () => void;
}

/** Loads what every view needs, then shows the chosen one; `data-state` tells tests when. */
export function Screen({ view, onToggleView, onToggleLanguage }: ScreenProps) {
  const { t } = useI18n();
  useStatusPush();
  const queries = [useAppInfo(), usePlaybook(), useSnapshot(), useContacts()] as const;
  const [appInfo, playbook, snapshot, contacts] = queries;
  const failed = queries.find((query) => query.error);
  if (failed?.error) {
    return (
      <main className="screen-message" data-testid={testIds.app} data-state="error" role="alert">
        {t('error.load', { message: failed.error.message })}
      </main>
    );
  }
  if (!appInfo.data || !playbook.data || !snapshot.data || !contacts.data) {
    return (
      <main className="screen-message" data-testid={testIds.app} data-state="loading">
        {t('loading')}
      </main>
    );
  }
  const data = {
    appInfo: appInfo.data,
    playbook: playbook.data,
    snapshot: snapshot.data,
    contacts: contacts.data,
  };
  return view === 'wall' ? (
    <WallDisplay {...data} onToggleView={onToggleView} />
  ) : (
    <CoordinatorView {...data} onToggleView={onToggleView} onToggleLanguage={onToggleLanguage} />
  );
}
