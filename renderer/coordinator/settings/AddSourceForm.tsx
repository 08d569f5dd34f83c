import { useId, useState, type FormEvent } from 'react';
import { sourceKinds, type SourceKind } from '../../../shared/config/sources-schema.ts';
import type { SettingsView } from '../../../shared/settings/settings-contract.ts';
import { checkSourceDraft } from '../../../shared/settings/source-checks.ts';
import {
  emptySourceDraft,
  type FieldIssue,
  type SourceDraft,
} from '../../../shared/settings/source-draft.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { AddResult, TestResult } from './SourceResults.tsx';
import { SourceFields } from './SourceFields.tsx';
import { useRefreshSettings, useSecretCall } from './use-settings.ts';

/**
 * "Add a source": the fields its kind takes, checked as the config file checks them (the
 * shared schema, the same messages) before anything is sent; "test the connection" polls it
 * once in main; "save" stores its secrets in the keychain and writes it into the config file.
 * The secrets leave the form's state once the source is saved.
 */
export function AddSourceForm({ view }: { readonly view: SettingsView }) {
  const { t } = useI18n();
  const id = useId();
  const api = useApi();
  const refresh = useRefreshSettings();
  const [draft, setDraft] = useState<SourceDraft>(() => emptySourceDraft('topdesk'));
  const [shownIssues, setShownIssues] = useState<readonly FieldIssue[] | null>(null);
  const test = useSecretCall(api.testSource);
  const add = useSecretCall(api.addSource);
  const existingIds = view.sources.map((source) => source.id);
  // Once a check has been shown, it follows the typing, as an editor's would.
  const issues = shownIssues === null ? [] : currentIssues(draft, existingIds, shownIssues);
  const edit = (next: SourceDraft) => {
    setDraft(next);
    test.clear();
    add.clear();
  };
  const chooseKind = (kind: SourceKind) => {
    edit({ ...emptySourceDraft(kind), id: draft.id, url: draft.url });
    setShownIssues(null);
  };
  const runTest = async () => {
    const check = checkSourceDraft(draft, { existingIds: [] });
    setShownIssues(check.ok ? [] : check.issues);
    if (check.ok) await test.run(draft);
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const check = checkSourceDraft(draft, { existingIds });
    setShownIssues(check.ok ? [] : check.issues);
    if (!check.ok) return;
    test.clear();
    const answer = await add.run(draft);
    if (answer?.status === 'invalid') setShownIssues(answer.issues);
    if (answer?.status === 'saved') {
      // The secrets are in main's keychain now; the form forgets them.
      setDraft(emptySourceDraft(draft.kind));
      setShownIssues(null);
      refresh();
    }
  };
  const problems = byField(issues);
  const general = issues.filter((issue) => issue.field === null);
  return (
    <form
      className="settings-section settings-add"
      aria-labelledby={`${id}-title`}
      onSubmit={save}
      noValidate
      data-testid={testIds.settingsAddForm}
    >
      <h3 id={`${id}-title`}>{t('settings.add.title')}</h3>
      <label className="field">
        <span className="field-label">{t('settings.add.kind')}</span>
        <select
          value={draft.kind}
          onChange={(event) => chooseKind(event.target.value as SourceKind)}
          data-testid={testIds.settingsAddKind}
        >
          {sourceKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`settings.kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <SourceFields draft={draft} problems={problems} onChange={edit} />
      {issues.length > 0 && (
        <p className="form-error" role="alert">
          {[t('settings.add.invalid'), ...general.map((issue) => issue.message)].join(' ')}
        </p>
      )}
      <div className="form-buttons">
        <button
          type="button"
          className="quiet-button"
          onClick={() => void runTest()}
          disabled={test.pending || add.pending}
          data-testid={testIds.settingsTest}
        >
          {test.pending ? t('settings.add.testing') : t('settings.add.test')}
        </button>
        <button
          type="submit"
          className="primary-button"
          disabled={add.pending || test.pending}
          data-testid={testIds.settingsAddSave}
        >
          {add.pending ? t('settings.add.saving') : t('settings.add.save')}
        </button>
      </div>
      <TestResult answer={test.answer} error={test.error} />
      <AddResult answer={add.answer} error={add.error} />
    </form>
  );
}

/** The local check again as the user types; main's answer stands until the next check. */
function currentIssues(
  draft: SourceDraft,
  existingIds: readonly string[],
  shown: readonly FieldIssue[],
): readonly FieldIssue[] {
  const check = checkSourceDraft(draft, { existingIds });
  if (!check.ok) return check.issues;
  // The form passes here, but main found more (the whole file checked): keep showing that.
  return shown;
}

function byField(issues: readonly FieldIssue[]): Partial<Record<string, string>> {
  const problems: Partial<Record<string, string>> = {};
  for (const issue of issues) if (issue.field) problems[issue.field] ??= issue.message;
  return problems;
}
