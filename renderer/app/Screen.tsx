import { lazy, Suspense } from 'react';
import {
  useAppInfo,
  useContacts,
  usePlaybook,
  useSnapshot,
  useStatusPush,
  useTimelinePush,
} from '../api/hooks.ts';
import type { ViewData } from '../common/view-data.ts';
import { CoordinatorView } from '../coordinator/CoordinatorView.tsx';
import { assertNever } from '../../shared/result.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { testIds } from '../testids.ts';
import { WallDisplay } from '../wall/WallDisplay.tsx';
import type { ShownDomain } from './shown-domain.ts';
import type { ViewName } from './view-state.ts';

// The timeline and its export are opened now and then, from the desk: loaded on first use,
// so the wall and the desk start within the renderer's budget (scripts/build.mjs).
const TimelineView = lazy(() =>
  import('../timeline/TimelineView.tsx').then((module) => ({ default: module.TimelineView })),
);

export interface ScreenProps {
  readonly view: ViewName;
  /** The domain a clicked desktop alert asked to see. */
  readonly shownDomain?: ShownDomain | null;
  readonly onShowView: (view: ViewName) => void;
  readonly onToggleLanguage: () => void;
}

/** Loads what every view needs, then shows the chosen one; `data-state` tells tests when. */
export function Screen({ view, shownDomain = null, onShowView, onToggleLanguage }: ScreenProps) {
  const { t } = useI18n();
  useStatusPush();
  useTimelinePush();
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
  if (!appInfo.data || !playbook.data || !snapshot.data || !contacts.data) return <Loading />;
  const data: ViewData = {
    appInfo: appInfo.data,
    playbook: playbook.data,
    snapshot: snapshot.data,
    contacts: contacts.data,
  };
  return (
    <ChosenView
      view={view}
      shownDomain={shownDomain}
      data={data}
      onShowView={onShowView}
      onToggleLanguage={onToggleLanguage}
    />
  );
}

function ChosenView({
  view,
  shownDomain,
  data,
  onShowView,
  onToggleLanguage,
}: Omit<ScreenProps, 'view'> & { view: ViewName; data: ViewData }) {
  switch (view) {
    case 'wall':
      return <WallDisplay {...data} onShowView={onShowView} />;
    case 'coordinator':
      return (
        <CoordinatorView
          {...data}
          shownDomain={shownDomain ?? null}
          onShowView={onShowView}
          onToggleLanguage={onToggleLanguage}
        />
      );
    case 'timeline':
      return (
        <Suspense fallback={<Loading />}>
          <TimelineView {...data} onShowView={onShowView} onToggleLanguage={onToggleLanguage} />
        </Suspense>
      );
    default:
      return assertNever(view);
  }
}

function Loading() {
  const { t } = useI18n();
  return (
    <main className="screen-message" data-testid={testIds.app} data-state="loading">
      {t('loading')}
    </main>
  );
}
