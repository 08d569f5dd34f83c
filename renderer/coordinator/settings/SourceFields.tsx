import type { SourceKind } from '../../../shared/config/sources-schema.ts';
import {
  draftFieldsByKind,
  requiredSecrets,
  secretKeys,
  type DraftField,
  type SecretKey,
  type SourceDraft,
} from '../../../shared/settings/source-draft.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';

/** Defaults the config applies to an empty field (docs/config.md), shown as hints. */
const DEFAULTS: Partial<Record<DraftField, string>> = {
  interval: '60s',
  timeout: '10s',
  resyncInterval: '1h',
};

const URL_EXAMPLES: Readonly<Record<SourceKind, string>> = {
  topdesk: 'https://example.topdesk.net',
  statuscake: 'https://api.statuscake.com',
  elasticsearch: 'https://elk.example.nl:9200',
  alertmanager: 'https://alertmanager.example.nl',
};

export interface SourceFieldsProps {
  readonly draft: SourceDraft;
  readonly problems: Readonly<Partial<Record<string, string>>>;
  readonly onChange: (draft: SourceDraft) => void;
}

/** The fields the chosen kind takes, in the config's words, each with the check's message under it. */
export function SourceFields({ draft, problems, onChange }: SourceFieldsProps) {
  return (
    <div className="settings-fields">
      {draftFieldsByKind[draft.kind].map((field) => (
        <SourceField
          key={field}
          field={field}
          draft={draft}
          problem={problems[field]}
          onChange={onChange}
        />
      ))}
    </div>
  );
}

function SourceField({
  field,
  draft,
  problem,
  onChange,
}: {
  readonly field: DraftField;
  readonly draft: SourceDraft;
  readonly problem: string | undefined;
  readonly onChange: (draft: SourceDraft) => void;
}) {
  const { t } = useI18n();
  const errorId = `settings-field-error-${field}`;
  if (field === 'allowHttp') {
    return (
      <label className="choice">
        <input
          type="checkbox"
          checked={draft.allowHttp}
          onChange={(event) => onChange({ ...draft, allowHttp: event.target.checked })}
          data-testid={testIds.settingsField(field)}
        />
        {t('settings.field.allowHttp')}
      </label>
    );
  }
  const secret = isSecret(field);
  const value = secret ? (draft.secrets[field] ?? '') : draft[field];
  const change = (next: string) =>
    onChange(
      secret
        ? { ...draft, secrets: { ...draft.secrets, [field]: next } }
        : { ...draft, [field]: next },
    );
  return (
    <label className="field">
      <span className="field-label">
        {t(`settings.field.${field}`)}
        {optional(field, draft.kind) && (
          <span className="settings-optional"> {t('settings.add.optional')}</span>
        )}
      </span>
      <input
        type={secret ? 'password' : 'text'}
        value={value}
        onChange={(event) => change(event.target.value)}
        placeholder={field === 'url' ? URL_EXAMPLES[draft.kind] : DEFAULTS[field]}
        autoComplete={secret ? 'new-password' : 'off'}
        spellCheck={false}
        maxLength={secret ? 4_096 : 2_000}
        aria-invalid={problem !== undefined}
        aria-describedby={problem ? errorId : undefined}
        data-testid={testIds.settingsField(field)}
      />
      {DEFAULTS[field] && (
        <span className="settings-note">
          {t('settings.add.default', { value: DEFAULTS[field] })}
        </span>
      )}
      {secret && <span className="settings-note">{t('settings.add.secretHint')}</span>}
      {problem && (
        <span
          id={errorId}
          className="field-problem"
          role="alert"
          data-testid={testIds.settingsFieldError(field)}
        >
          {problem}
        </span>
      )}
    </label>
  );
}

function isSecret(field: DraftField): field is SecretKey {
  return (secretKeys as readonly string[]).includes(field);
}

/** What a user may leave empty: a default applies, or the kind does without it. */
function optional(field: DraftField, kind: SourceKind): boolean {
  if (field in DEFAULTS) return true;
  if (isSecret(field)) return !requiredSecrets[kind].includes(field);
  return field === 'username' && kind !== 'topdesk';
}
