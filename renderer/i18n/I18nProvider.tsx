import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from '../../shared/playbook/text.ts';
import { messages, type MessageKey } from './messages.ts';

interface I18n {
  readonly language: Language;
  t(key: MessageKey, values?: Readonly<Record<string, string | number>>): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const t = useCallback<I18n['t']>(
    (key, values = {}) =>
      messages[language][key].replace(/\{(\w+)\}/g, (_, name: string) =>
        String(values[name] ?? `{${name}}`),
      ),
    [language],
  );
  const value = useMemo(() => ({ language, t }), [language, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
