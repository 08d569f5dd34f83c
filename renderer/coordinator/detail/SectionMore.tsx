import { useId, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';

/** "+12 meer": what main left out of a list for its size, said rather than cut silently. */
export function SectionMore({ shown, total }: { shown: number; total: number }) {
  const { t } = useI18n();
  if (total <= shown) return null;
  return (
    <p className="detail-more" data-testid={testIds.detailSectionMore}>
      {t('detail.moreNotShown', { n: total - shown })}
    </p>
  );
}

/** A detail's section: its heading, and "none" when its list is empty. */
export function DetailSection({
  title,
  testId,
  empty,
  children,
}: {
  title: string;
  testId: string;
  empty: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="detail-section" aria-labelledby={id} data-testid={testId}>
      <h3 id={id} className="detail-section-title">
        {title}
      </h3>
      {empty ? <p className="detail-none">{t('detail.none')}</p> : children}
    </section>
  );
}
