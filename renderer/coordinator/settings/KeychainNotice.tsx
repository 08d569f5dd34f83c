import { useId } from 'react';
import type { KeychainState } from '../../../shared/settings/keychain-state.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';

/**
 * Where secrets typed here go, or why the app will not keep them — on Linux without a
 * keychain, with how to get one; never a promise of safety the keychain cannot keep.
 */
export function KeychainNotice({ state }: { readonly state: KeychainState }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section
      className={`settings-section keychain-notice${state.usable ? '' : ' keychain-refused'}`}
      aria-labelledby={`${id}-title`}
      data-testid={testIds.settingsKeychain}
      data-usable={state.usable}
      data-reason={state.usable ? undefined : state.reason}
    >
      <h3 id={`${id}-title`}>{t('settings.keychain.title')}</h3>
      {state.usable ? (
        <p>
          {t('settings.keychain.usable')}{' '}
          {state.backend && t('settings.keychain.backend', { backend: state.backend })}
        </p>
      ) : (
        <p role="note">{t(`settings.keychain.${state.reason}`)}</p>
      )}
    </section>
  );
}
