import type { PrivacyIncidentRef } from '../../../shared/privacy/clock-schema.ts';
import type { MessageKey } from '../../i18n/messages.ts';

type Translate = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;

/** "Melding I 2611 042" or "Markering #12", with what it is about when that is known. */
export function incidentLabel(ref: PrivacyIncidentRef, title: string | null, t: Translate): string {
  const name =
    ref.kind === 'ticket'
      ? t('privacy.ticket', { number: ref.number })
      : t('privacy.mark', { seq: ref.raisedSeq });
  return title ? `${name} — ${title}` : name;
}
