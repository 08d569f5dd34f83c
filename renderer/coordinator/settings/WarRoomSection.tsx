import { useId, useState, type FormEvent } from 'react';
import type { WarRoomState } from '../../../shared/ipc/contract.ts';
import type { KeychainState } from '../../../shared/settings/keychain-state.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { errorMessage } from '../../api/error-message.ts';
import { useWarRoom } from '../../api/war-room.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { WarRoomResult, type WarRoomOutcome } from './WarRoomResult.tsx';

/**
 * The shared war room for a coordinator who never opens a terminal (docs/war-room.md,
 * "Joining from the app"): what this app is now, a server to test, join (a restart) or leave.
 * The password goes to main once, outside react-query's cache, and is never shown back.
 */
export function WarRoomSection({ keychain }: { readonly keychain: KeychainState }) {
  const { t } = useI18n();
  const id = useId();
  const api = useApi();
  const warRoom = useWarRoom().data ?? null;
  const [url, setUrl] = useState('');
  const [password, setPassword] = useState('');
  const [outcome, setOutcome] = useState<WarRoomOutcome | null>(null);
  const [pending, setPending] = useState(false);

  const run = async (
    what: 'test' | 'join' | 'leave',
    call: () => Promise<WarRoomOutcome>,
  ): Promise<void> => {
    setPending(true);
    setOutcome(null);
    try {
      setOutcome(await call());
    } catch (thrown) {
      setOutcome({ what: 'error', message: errorMessage(thrown) });
    } finally {
      setPending(false);
    }
  };
  /** The typed URL and, when typed, the password: the request test and join send. */
  const request = (sent: string) => ({ url: url.trim(), ...(sent ? { password: sent } : {}) });
  const missing = outcome?.what === 'required';
  const test = () => {
    if (!url.trim()) return setOutcome({ what: 'required' });
    void run('test', async () => ({
      what: 'test',
      answer: await api.testWarRoom(request(password)),
    }));
  };
  const join = (event: FormEvent) => {
    event.preventDefault();
    if (!url.trim()) return setOutcome({ what: 'required' });
    const sent = password;
    // Out of the page's state before the answer: the password exists only in the call now.
    setPassword('');
    void run('join', async () => ({ what: 'join', answer: await api.joinWarRoom(request(sent)) }));
  };
  const leave = () =>
    void run('leave', async () => ({ what: 'leave', answer: await api.leaveWarRoom() }));

  return (
    <section
      className="settings-section"
      aria-labelledby={`${id}-title`}
      data-testid={testIds.settingsWarRoom}
      data-role={warRoom?.role}
    >
      <h3 id={`${id}-title`}>{t('settings.warRoom.title')}</h3>
      {warRoom && <CurrentPart state={warRoom} />}
      <p className="settings-note">{t('settings.warRoom.explain')}</p>
      <form className="settings-inline-form" onSubmit={join} noValidate>
        <label className="field">
          <span className="field-label">{t('settings.warRoom.url')}</span>
          <input
            type="text"
            inputMode="url"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            placeholder="postgres://dijkwacht@db.example.nl:5432/warroom"
            autoComplete="off"
            spellCheck={false}
            maxLength={2_048}
            aria-invalid={missing}
            aria-describedby={`${id}-url-hint`}
            data-testid={testIds.settingsWarRoomUrl}
          />
        </label>
        <p id={`${id}-url-hint`} className="settings-note">
          {t('settings.warRoom.urlHint')}
        </p>
        {keychain.usable ? (
          <>
            <label className="field">
              <span className="field-label">
                {t('settings.warRoom.password')}{' '}
                <span className="settings-optional">{t('settings.warRoom.optional')}</span>
              </span>
              <input
                type="password"
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                autoComplete="new-password"
                spellCheck={false}
                maxLength={4_096}
                aria-describedby={`${id}-password-hint`}
                data-testid={testIds.settingsWarRoomPassword}
              />
            </label>
            <p id={`${id}-password-hint`} className="settings-note">
              {t('settings.warRoom.passwordHint')}
            </p>
          </>
        ) : (
          <p className="settings-note" role="note">
            {t('settings.warRoom.noKeychain')}
          </p>
        )}
        <div className="form-buttons">
          <button
            type="button"
            className="quiet-button"
            disabled={pending}
            onClick={test}
            data-testid={testIds.settingsWarRoomTest}
          >
            {pending ? t('settings.warRoom.testing') : t('settings.warRoom.test')}
          </button>
          <button
            type="submit"
            className="primary-button"
            disabled={pending}
            data-testid={testIds.settingsWarRoomJoin}
          >
            {t('settings.warRoom.join')}
          </button>
          {warRoom?.role === 'seat' && (
            <button
              type="button"
              className="quiet-button"
              disabled={pending}
              onClick={leave}
              data-testid={testIds.settingsWarRoomLeave}
            >
              {t('settings.warRoom.leave')}
            </button>
          )}
        </div>
        <WarRoomResult outcome={outcome} />
      </form>
    </section>
  );
}

/** "A dashboard of its own on …", "the collector of …" or "a seat of …, and who collects". */
function CurrentPart({ state }: { readonly state: WarRoomState }) {
  const { t } = useI18n();
  const { store, collector } = state;
  const text =
    state.role === 'single'
      ? t('settings.warRoom.single', { store })
      : state.role === 'collector'
        ? t('settings.warRoom.collector', { store })
        : collector
          ? t('settings.warRoom.seat', { store, label: collector.label, host: collector.host })
          : t('settings.warRoom.seatWaiting', { store });
  return <p data-testid={testIds.settingsWarRoomNow}>{text}</p>;
}
