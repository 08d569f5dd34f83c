import type { Language } from '../playbook/text.ts';
import type { SourceErrorCategory } from '../status/source-error-category.ts';

/** Each error class in words a coordinator can act on, in both languages. */
export const sourceErrorText: Readonly<Record<SourceErrorCategory, Record<Language, string>>> = {
  'wrong-credentials': {
    nl: 'verkeerde of verlopen inloggegevens',
    en: 'wrong or expired credentials',
  },
  'no-permission': { nl: 'geen toegang', en: 'no permission' },
  'not-found': { nl: 'verkeerde URL (niet gevonden)', en: 'wrong URL (not found)' },
  'bad-request': { nl: 'de bron weigerde het verzoek', en: 'the source refused the request' },
  unreachable: { nl: 'bron onbereikbaar', en: 'source unreachable' },
  timeout: { nl: 'bron antwoordde niet op tijd', en: 'source did not answer in time' },
  'rate-limited': { nl: 'door de bron afgeremd', en: 'rate-limited by the source' },
  'server-error': { nl: 'serverfout bij de bron', en: 'source server error' },
  'bad-payload': { nl: 'onbruikbaar antwoord van de bron', en: 'unusable answer from the source' },
};
