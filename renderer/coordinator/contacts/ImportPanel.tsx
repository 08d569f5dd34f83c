import { useId } from 'react';
import type { ContactImportResult } from '../../../shared/contacts/contact-book.ts';
import { errorMessage } from '../../api/error-message.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { useImportContacts } from './contacts-api.ts';

/**
 * "Import…": main asks which file (a dialog), reads it as the config's contacts file is read,
 * and replaces the list — or names every problem and changes nothing.
 */
export function ImportPanel() {
  const { t } = useI18n();
  const explainId = useId();
  const imported = useImportContacts();
  return (
    <div className="contacts-import">
      <button
        type="button"
        className="primary-button"
        onClick={() => imported.mutate()}
        disabled={imported.isPending}
        aria-describedby={explainId}
        data-testid={testIds.contactsImport}
      >
        {t('contactsPage.import')}
      </button>
      <p id={explainId} className="field-hint">
        {t('contactsPage.importExplain')}
      </p>
      {imported.data && <ImportResult result={imported.data} />}
      {imported.error && (
        <p className="form-error" role="alert" data-testid={testIds.contactsImportResult}>
          {t('contactsPage.failed', { message: errorMessage(imported.error) })}
        </p>
      )}
    </div>
  );
}

function ImportResult({ result }: { result: ContactImportResult }) {
  const { t } = useI18n();
  switch (result.status) {
    case 'cancelled':
      return null;
    case 'imported':
      return (
        <p className="import-done" role="status" data-testid={testIds.contactsImportResult}>
          {t('contactsPage.imported', { count: result.count, file: result.file })}
        </p>
      );
    case 'refused':
      return (
        <div
          className="form-error import-refused"
          role="alert"
          data-testid={testIds.contactsImportResult}
        >
          <p>{t('contactsPage.importRefused', { file: result.file })}</p>
          <ul className="import-issues">
            {result.issues.map((issue, index) => (
              <li key={index}>
                {issue.path && <span className="import-where">{issue.path}: </span>}
                {issue.message}
              </li>
            ))}
            {result.more > 0 && <li>{t('contactsPage.importMore', { n: result.more })}</li>}
          </ul>
        </div>
      );
  }
}
