import { HeaderButton } from '../../common/ScreenFrame.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { useSeat } from './OperatorGate.tsx';

/** The seat's name in the header; clicking it asks for another. */
export function OperatorButton() {
  const { t } = useI18n();
  const { name, askAgain } = useSeat();
  if (name === null) return null;
  return (
    <HeaderButton testId={testIds.operatorButton} onClick={askAgain} hint={t('operator.change')}>
      {t('operator.current', { name })} <span aria-hidden="true">✎</span>
    </HeaderButton>
  );
}
