import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { shortcutHelp } from './shortcuts.ts';

/**
 * The shortcuts, listed in the UI's language: a modal dialog that takes the focus, keeps Tab
 * inside, and closes with Escape or its button, giving the focus back where it was.
 */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDivElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    close.current?.focus();
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, []);
  const keyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Tab') {
      // One button is all there is to reach: Tab stays on it.
      event.preventDefault();
      close.current?.focus();
    }
  };
  return (
    <div className="shortcut-backdrop" onClick={onClose}>
      <div
        ref={dialog}
        className="shortcut-help"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcut-help-title"
        onKeyDown={keyDown}
        onClick={(event) => event.stopPropagation()}
        data-testid={testIds.shortcutHelp}
      >
        <h2 id="shortcut-help-title" className="panel-title">
          {t('keys.title')}
        </h2>
        <table className="shortcut-table">
          <tbody>
            {shortcutHelp.map(({ keys, what }) => (
              <tr key={what}>
                <th scope="row">
                  <Keys keys={keys} />
                </th>
                <td>{t(what)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="shortcut-note">{t('keys.typing')}</p>
        <button ref={close} type="button" className="primary-button" onClick={onClose}>
          {t('keys.close')}
        </button>
      </div>
    </div>
  );
}

/** `o / Enter`, `1 – 7`: each key as a key, a range with a dash. */
function Keys({ keys }: { keys: readonly string[] }) {
  return keys.map((key, index) => {
    if (key === '…') return <span key={index}> – </span>;
    const slash = index > 0 && keys[index - 1] !== '…' ? ' / ' : '';
    return (
      <span key={index}>
        {slash}
        <kbd>{key}</kbd>
      </span>
    );
  });
}
