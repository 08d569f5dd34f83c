import type { ReactNode } from 'react';
import type { AppInfo } from '../../shared/ipc/contract.ts';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import { snapshotAgeMs } from '../../shared/status/viewer-freshness.ts';
import { formatDuration } from '../../shared/text/format.ts';
import { formatTime } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { testIds } from '../testids.ts';
import { useNow } from '../app/use-now.ts';

export interface HeaderProps {
  readonly appInfo: AppInfo;
  readonly snapshot: Snapshot;
  readonly stale: boolean;
  readonly children?: ReactNode;
}

/** Title, DEMO label, the war room's clock and how fresh the picture is. */
export function Header({ appInfo, snapshot, stale, children }: HeaderProps) {
  const { t, language } = useI18n();
  // The one thing on screen that ticks every second: the heartbeat a frozen screen lacks.
  const now = useNow();
  const age = formatDuration(snapshotAgeMs(snapshot, now), language);
  return (
    <header className="header">
      <h1 className="header-title">{appInfo.title}</h1>
      {snapshot.demo && (
        <span className="demo-badge" data-testid={testIds.demoBadge} title={t('demo.explain')}>
          {t('demo.badge')}
        </span>
      )}
      <div className="header-spacer" />
      {children}
      <div className={stale ? 'header-freshness is-stale' : 'header-freshness'}>
        {t('header.updated', { age })}
      </div>
      <time className="header-clock" data-testid={testIds.clock} dateTime={now.toISOString()}>
        {formatTime(now, language, appInfo.timezone, true)}
      </time>
    </header>
  );
}

/** Full-width warning that the picture is old: shown instead of pretending it is current. */
export function StaleBanner({ snapshot, appInfo }: { snapshot: Snapshot; appInfo: AppInfo }) {
  const { t, language } = useI18n();
  return (
    <div className="stale-banner" role="alert" data-testid={testIds.staleBanner}>
      {t('stale.banner', {
        time: formatTime(snapshot.generatedAt, language, appInfo.timezone, true),
      })}
    </div>
  );
}
