import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';

/** "+n meer" under a fitted list: what did not fit is counted, never cut off silently. */
export function FitMore({ hidden }: { hidden: number }) {
  const { t } = useI18n();
  if (hidden <= 0) return null;
  return (
    <p className="detail-more" data-testid={testIds.detailMore}>
      {t('wall.detail.more', { n: hidden })}
    </p>
  );
}
