import { useId } from 'react';
import type { ConfiguredSource, SettingsView } from '../../../shared/settings/settings-contract.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { SecretLine } from './SecretLine.tsx';

/** The config file's sources, each with where its secrets are kept: set, not set, or the environment. */
export function SourcesSection({ view }: { readonly view: SettingsView }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('settings.sources.title')}</h3>
      {view.configFile ? (
        <p className="settings-note settings-path" title={view.configFile}>
          {t('settings.configFile', { file: view.configFile })}
        </p>
      ) : (
        <p className="settings-note">{t('settings.noConfigFile')}</p>
      )}
      {view.configProblem && (
        <p className="form-error" role="alert">
          {t('settings.configProblem', { problem: view.configProblem })}
        </p>
      )}
      {view.configFile && view.sources.length === 0 && !view.configProblem && (
        <p className="settings-note">{t('settings.sources.none')}</p>
      )}
      <ul className="settings-sources">
        {view.sources.map((source) => (
          <SourceItem key={source.id} source={source} canStore={view.keychain.usable} />
        ))}
      </ul>
    </section>
  );
}

function SourceItem({
  source,
  canStore,
}: {
  readonly source: ConfiguredSource;
  readonly canStore: boolean;
}) {
  const { t } = useI18n();
  return (
    <li className="settings-source" data-testid={testIds.settingsSource(source.id)}>
      <div className="settings-source-head">
        <strong>{source.id}</strong>{' '}
        <span className="settings-kind">{t(`settings.kind.${source.kind}`)}</span>
      </div>
      <div className="settings-path" title={source.url}>
        {source.url}
      </div>
      {source.secrets.map((secret) => (
        <SecretLine key={secret.key} source={source.id} secret={secret} canStore={canStore} />
      ))}
    </li>
  );
}
