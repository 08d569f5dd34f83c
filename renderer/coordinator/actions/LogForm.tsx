import { useEffect, useRef, useState } from 'react';
import type { DomainId } from '../../../shared/playbook/domains.ts';
import type { Playbook } from '../../../shared/playbook/playbook.ts';
import type { TimelineEvent } from '../../../shared/timeline/event.ts';
import { useLog } from '../../api/actions.ts';
import { DomainSelect } from '../../common/DomainSelect.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { ActionForm } from './ActionForm.tsx';
import { SavedNote } from './SavedNote.tsx';
import { TextField } from './TextField.tsx';

const logKinds = ['note', 'decision'] as const;
type LogKind = (typeof logKinds)[number];

/** The `n` shortcut's request: write a note, for this domain (counted, so asking again works). */
export interface NoteAsk {
  readonly domain: DomainId | null;
  readonly n: number;
}

/** The coordinator's own entries on the timeline: a note, or a decision, for a domain or none. */
export function LogForm({
  playbook,
  noteAsk = null,
}: {
  playbook: Playbook;
  noteAsk?: NoteAsk | null;
}) {
  const { t } = useI18n();
  const [kind, setKind] = useState<LogKind>('note');
  const [text, setText] = useState('');
  const [domain, setDomain] = useState<DomainId | null>(null);
  const panel = useRef<HTMLElement>(null);
  // A new request sets the form while rendering (no second pass), then takes the keyboard.
  const [seenAsk, setSeenAsk] = useState(noteAsk);
  if (noteAsk !== seenAsk) {
    setSeenAsk(noteAsk);
    if (noteAsk) {
      setKind('note');
      setDomain(noteAsk.domain);
    }
  }
  useEffect(() => {
    if (noteAsk)
      panel.current?.querySelector<HTMLElement>(`[data-testid="${testIds.logText}"]`)?.focus();
  }, [noteAsk]);
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState<TimelineEvent | null>(null);
  const log = useLog();
  const submit = () => {
    if (!text.trim()) return setMissing(true);
    log.mutate(
      { kind, text: text.trim(), domain },
      {
        onSuccess: (event) => {
          setSaved(event);
          setText('');
        },
      },
    );
  };
  const clear = () => {
    setText('');
    setMissing(false);
    log.reset();
  };
  return (
    <section ref={panel} className="log-panel" aria-labelledby="log-title">
      <h2 id="log-title" className="panel-title">
        {t('log.title')}
      </h2>
      <ActionForm
        label={t('log.title')}
        submitLabel={t('log.submit')}
        saving={log.isPending}
        invalid={missing ? 'action.textRequired' : null}
        failure={log.error}
        onSubmit={submit}
        onCancel={clear}
        testId={testIds.logForm}
      >
        <KindChoice kind={kind} onChange={setKind} />
        <TextField
          label={t('log.text')}
          value={text}
          onChange={(value) => {
            setText(value);
            setMissing(false);
            setSaved(null);
          }}
          required
          invalid={missing}
          testId={testIds.logText}
        />
        <DomainSelect
          label={t('log.domain')}
          emptyLabel={t('log.noDomain')}
          value={domain}
          onChange={setDomain}
          playbook={playbook}
          testId={testIds.logDomain}
        />
      </ActionForm>
      <SavedNote event={saved} />
    </section>
  );
}

function KindChoice({ kind, onChange }: { kind: LogKind; onChange: (kind: LogKind) => void }) {
  const { t } = useI18n();
  return (
    <fieldset className="choice-group">
      <legend className="field-label">{t('log.kind')}</legend>
      {logKinds.map((choice) => (
        <label key={choice} className="choice">
          <input
            type="radio"
            name="log-kind"
            checked={kind === choice}
            onChange={() => onChange(choice)}
            data-testid={testIds.logKind(choice)}
          />
          {t(choice === 'note' ? 'log.note' : 'log.decision')}
        </label>
      ))}
    </fieldset>
  );
}
