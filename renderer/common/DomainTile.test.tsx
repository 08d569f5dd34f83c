import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import type { DomainSnapshot } from '../../shared/snapshot/snapshot-schema.ts';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { sampleMark, SAMPLE_NOW } from '../../shared/marks/testing/sample-marks.ts';
import { DomainTile } from './DomainTile.tsx';

const privacy: DomainSnapshot = {
  id: 'privacy',
  status: 'critical',
  since: null,
  sources: ['topdesk'],
  dataAt: null,
  marks: [sampleMark('ticket-open')],
  roles: ['privacy-coordination'],
  line: { roles: [], redacted: true },
};
const NOW = new Date(SAMPLE_NOW);

afterEach(cleanup);

describe('DomainTile', () => {
  it('shows status word, marks, line and roles in the chosen language', () => {
    render(
      <I18nProvider language="en">
        <DomainTile
          domain={privacy}
          playbook={defaultPlaybook}
          contacts={[]}
          detailed={false}
          timeZone="Europe/Amsterdam"
          now={NOW}
        />
      </I18nProvider>,
    );
    const tile = screen.getByRole('article', { name: 'Privacy' });
    expect(tile.textContent).toContain('CRITICAL');
    expect(tile.textContent).toContain('P1 I 2611 042: X-100, notify before 2 Dec, 13:00');
    expect(tile.textContent).toContain('Privacy – coordination');
  });

  it('names the people behind a role on the coordinator tile, and flags a role without anyone', () => {
    render(
      <I18nProvider language="nl">
        <DomainTile
          domain={{ ...privacy, id: 'security' }}
          playbook={defaultPlaybook}
          contacts={[
            { roleId: 'security-coordination', name: 'Sam Sec', phone: '06-1', email: '' },
          ]}
          detailed
          timeZone="Europe/Amsterdam"
          now={NOW}
        />
      </I18nProvider>,
    );
    const tile = screen.getByRole('article', { name: 'Security' });
    expect(tile.textContent).toContain('Security – coördinatie — Sam Sec 06-1');
    expect(tile.textContent).toContain('KPN – infra / coördinatie — geen contactpersoon ingesteld');
  });
});
