import { useRef, useState } from 'react';
import type { PrivacyClock, PrivacyClocks } from '../../../shared/privacy/clock-schema.ts';
import { countdown } from '../../../shared/privacy/countdown.ts';
import { formatMoment } from '../../../shared/privacy/local-time.ts';
import { useNow } from '../../app/use-now.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { AwarenessForm } from './AwarenessForm.tsx';
import { ClockButtons, type ClockForm } from './ClockButtons.tsx';
import { DecidedLine } from './DecidedLine.tsx';
import { DecisionForm } from './DecisionForm.tsx';
import { incidentLabel } from './incident-label.ts';
import { Stopwatch } from './Stopwatch.tsx';

export interface ClockCardProps {
  readonly clock: PrivacyClock;
  readonly timeZone: string;
  /** Whether a mark of the Privacy domain still names the incident. */
  readonly open: boolean;
}

/** One privacy clock: the countdown or the decision, the moment of awareness, and the forms. */
export function ClockCard({ clock, timeZone, open }: ClockCardProps) {
  const { t, language } = useI18n();
  const [form, setForm] = useState<ClockForm | null>(null);
  const [saved, setSaved] = useState<{ seq: number; at: string } | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const moment = (at: string) => formatMoment(at, language, timeZone);
  const toggle = (next: ClockForm, button: HTMLButtonElement) => {
    opener.current = button;
    setSaved(null);
    setForm(form === next ? null : next);
  };
  const close = () => {
    setForm(null);
    if (opener.current?.isConnected) opener.current.focus();
  };
  /** What the answer says was recorded: the event's number and time. */
  const done = (answer: PrivacyClocks) => {
    const updated = answer.clocks.find((candidate) => candidate.id === clock.id);
    const record = form === 'decision' ? updated?.decision : updated?.awareness;
    if (record)
      setSaved({ seq: record.seq, at: 'recordedAt' in record ? record.recordedAt : record.at });
    close();
  };
  // The card's edge follows the stage; the stopwatch inside ticks every second on its own.
  const now = useNow(15_000);
  const stage = clock.decision ? 'decided' : countdown(clock, now.getTime()).stage;
  return (
    <li className="privacy-clock" data-testid={testIds.privacyClock(clock.id)} data-stage={stage}>
      <h3 className="privacy-clock-title">
        {incidentLabel(clock.incident, clock.title, t)}
        {!open && <span className="privacy-not-open"> ({t('privacy.notOpen')})</span>}
      </h3>
      {clock.decision ? (
        <DecidedLine clock={clock} timeZone={timeZone} />
      ) : (
        <Stopwatch clock={clock} timeZone={timeZone} />
      )}
      <p className="privacy-awareness" data-testid={testIds.privacyAwareness}>
        {t('privacy.awareness', { time: moment(clock.awareness.at) })} ({awarenessSource()}){' · '}
        {t('privacy.startedBy', { by: clock.started.by, time: moment(clock.started.at) })}
      </p>
      <ClockButtons decided={clock.decision !== null} open={form} onToggle={toggle} />
      {form === 'awareness' && (
        <AwarenessForm clock={clock} timeZone={timeZone} onSaved={done} onCancel={close} />
      )}
      {form === 'decision' && <DecisionForm clock={clock} onSaved={done} onCancel={close} />}
      <p className="saved-note" role="status" data-testid={testIds.actionSaved}>
        {saved && t('action.saved', { time: moment(saved.at), seq: saved.seq })}
      </p>
    </li>
  );

  function awarenessSource(): string {
    const { awareness } = clock;
    return awareness.source === 'edited'
      ? t('privacy.source.edited', { by: awareness.by, reason: awareness.reason ?? '' })
      : t(`privacy.source.${awareness.source}`);
  }
}
