import type { Mark } from '../../../shared/snapshot/snapshot-schema.ts';
import type { Playbook } from '../../../shared/playbook/playbook.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { evidenceRows } from './evidence-rows.ts';

export interface MarkEvidenceProps {
  readonly mark: Mark;
  readonly playbook: Playbook;
  readonly timeZone: string;
  readonly now: Date;
}

/** Everything a mark holds as evidence, as a list of what and how much (the detail's marks). */
export function MarkEvidence({ mark, playbook, timeZone, now }: MarkEvidenceProps) {
  const { t, language } = useI18n();
  const rows = evidenceRows(mark.evidence, { t, language, timeZone, now, playbook });
  return (
    <dl className="mark-evidence" data-testid={testIds.detailEvidence}>
      {rows.map((row) => (
        <div key={row.label} className="evidence-row">
          <dt>{t(row.label)}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
