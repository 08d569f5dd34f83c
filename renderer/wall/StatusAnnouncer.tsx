import { useState } from 'react';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { statusLabel } from '../status/presentation.ts';

/**
 * Tells assistive technology when a domain's state changes ("Helpdesk: KRITIEK"), politely
 * and only on a change: the heartbeat's identical snapshots say nothing.
 */
export function StatusAnnouncer({
  snapshot,
  playbook,
}: {
  snapshot: Snapshot;
  playbook: Playbook;
}) {
  const { t, language } = useI18n();
  const statuses = snapshot.domains.map((domain) => `${domain.id}=${domain.status}`).join(' ');
  const [seen, setSeen] = useState(statuses);
  const [message, setMessage] = useState('');
  // React's way to act on a changed prop: adjust state while rendering, not in an effect.
  if (statuses !== seen) {
    const before = new Set(seen.split(' '));
    const changed = snapshot.domains.filter(
      (domain) => !before.has(`${domain.id}=${domain.status}`),
    );
    setSeen(statuses);
    setMessage(
      changed
        .map((domain) =>
          t('tile.announce', {
            domain:
              playbook.domains.find((item) => item.id === domain.id)?.title[language] ?? domain.id,
            status: t(statusLabel[domain.status]),
          }),
        )
        .join('. '),
    );
  }
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
