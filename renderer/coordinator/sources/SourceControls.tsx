import { useRef, useState } from 'react';
import type { PollAnswer, SourceDetail } from '../../../shared/sources/source-detail.ts';
import { errorMessage } from '../../api/error-message.ts';
import { formatTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import { testIds } from '../../testids.ts';
import { ActionForm } from '../actions/ActionForm.tsx';
import { TextField } from '../actions/TextField.tsx';
import { usePauseSource, usePollSourceNow, useResumeSource } from './sources-api.ts';

type Feedback = { readonly text: string; readonly failed: boolean } | null;

export interface SourceControlsProps {
  readonly source: SourceDetail;
  /** The titles of the domains it feeds: what a pause turns to unknown. */
  readonly feeds: readonly string[];
  readonly timeZone: string;
}

/**
 * "Poll now", and pause (with an optional reason, after saying what it does) or resume. What
 * main did comes back in words: a poll running, or when the source may be polled and why.
 */
export function SourceControls({ source, feeds, timeZone }: SourceControlsProps) {
  const { t, language } = useI18n();
  const [formOpen, setFormOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [feedback, setFeedback] = useState<Feedback>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const pause = usePauseSource();
  const resume = useResumeSource();
  const pollNow = usePollSourceNow();
  const busy = pause.isPending || resume.isPending || pollNow.isPending;
  const paused = source.paused !== null;

  const said = (text: string) => setFeedback({ text, failed: false });
  const failed = (error: Error) =>
    setFeedback({ text: t('sourcesPage.failed', { message: errorMessage(error) }), failed: true });
  const answerText = (poll: PollAnswer) =>
    poll.status === 'scheduled'
      ? t(`sourcesPage.answer.${poll.reason}` as MessageKey, {
          time: formatTime(poll.at, language, timeZone, true),
        })
      : t(`sourcesPage.answer.${poll.status}` as MessageKey);

  const closeForm = () => {
    setFormOpen(false);
    pause.reset();
    toggle.current?.focus();
  };
  const submitPause = () => {
    const trimmed = reason.trim();
    pause.mutate(trimmed ? { id: source.id, reason: trimmed } : { id: source.id }, {
      onSuccess: () => {
        setReason('');
        said(t('sourcesPage.done.paused', { source: source.id }));
        closeForm();
      },
    });
  };
  const onToggle = () => {
    setFeedback(null);
    if (!paused) return setFormOpen(!formOpen);
    resume.mutate(
      { id: source.id },
      {
        onSuccess: ({ poll }) =>
          said(`${t('sourcesPage.done.resumed', { source: source.id })} — ${answerText(poll)}`),
        onError: failed,
      },
    );
  };
  const onPollNow = () => {
    setFeedback(null);
    pollNow.mutate(
      { id: source.id },
      { onSuccess: ({ poll }) => said(answerText(poll)), onError: failed },
    );
  };

  return (
    <div
      className="source-controls"
      role="group"
      aria-label={t('sourcesPage.actions', { source: source.id })}
    >
      <div className="source-buttons">
        <button
          type="button"
          className="tile-button"
          onClick={onPollNow}
          disabled={busy || paused}
          data-testid={testIds.sourcePollNow}
        >
          {pollNow.isPending ? t('sourcesPage.busy') : t('sourcesPage.pollNow')}
        </button>
        <button
          ref={toggle}
          type="button"
          className={formOpen ? 'tile-button is-open' : 'tile-button'}
          onClick={onToggle}
          disabled={busy}
          aria-expanded={paused ? undefined : formOpen}
          data-testid={paused ? testIds.sourceResume : testIds.sourcePause}
        >
          {resume.isPending
            ? t('sourcesPage.busy')
            : t(paused ? 'sourcesPage.resume' : 'sourcesPage.pause')}
        </button>
      </div>
      {formOpen && !paused && (
        <ActionForm
          label={t('sourcesPage.pauseTitle', { source: source.id })}
          submitLabel={t('sourcesPage.pauseSubmit')}
          saving={pause.isPending}
          invalid={null}
          failure={pause.error}
          onSubmit={submitPause}
          onCancel={closeForm}
        >
          <p className="source-pause-explain">
            {t('sourcesPage.pauseExplain', {
              source: source.id,
              domains: feeds.length > 0 ? feeds.join(', ') : t('sourcesPage.feedsNone'),
            })}
          </p>
          <TextField
            label={t('sourcesPage.pauseReason')}
            value={reason}
            onChange={setReason}
            autoFocus
            testId={testIds.sourcePauseReason}
          />
        </ActionForm>
      )}
      <p
        className={feedback?.failed ? 'source-feedback form-error' : 'source-feedback'}
        role="status"
        data-testid={testIds.sourceFeedback}
      >
        {feedback?.text}
      </p>
    </div>
  );
}
