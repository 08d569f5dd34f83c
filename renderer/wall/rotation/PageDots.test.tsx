import { testIds } from '../../testids.ts';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { domainIds } from '../../../shared/playbook/domains.ts';
import { defaultPlaybook } from '../../../shared/playbook/playbook.ts';
import type { Language } from '../../../shared/playbook/text.ts';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import { PageDots } from './PageDots.tsx';
import { wallPages, type WallPage } from './rotation.ts';

afterEach(cleanup);

function renderDots(language: Language, page: WallPage, alarmDomains = ['privacy' as const]) {
  render(
    <I18nProvider language={language}>
      <PageDots
        pages={wallPages(domainIds)}
        page={page}
        alarmDomains={alarmDomains}
        playbook={defaultPlaybook}
      />
    </I18nProvider>,
  );
}

const labels = () => screen.getAllByRole('listitem').map((dot) => dot.getAttribute('aria-label'));

describe('PageDots', () => {
  it('shows the overview and each domain, the page on screen and the alarm', () => {
    renderDots('nl', { kind: 'domain', domain: 'security' });
    const nav = screen.getByRole('navigation', { name: 'Rotatie van het wandscherm' });
    expect(nav.dataset.page).toBe('security');
    expect(labels()).toEqual([
      'Overzicht',
      'Helpdesk',
      'GGD-portaal',
      'Security — nu in beeld',
      'Privacy — alarm',
      'Alerting',
      'Website coronamelder.nl',
      'Escalatie',
    ]);
    const current = screen.getByTestId(testIds.pageDot('security'));
    expect(current.getAttribute('aria-current')).toBe('page');
    const alarm = screen.getByTestId(testIds.pageDot('privacy'));
    expect([alarm.className, alarm.textContent]).toEqual(['page-dot is-domain is-alarm', '✖']);
  });

  it('says it in English, the alarm on screen too', () => {
    renderDots('en', { kind: 'domain', domain: 'privacy' });
    expect(labels()[0]).toBe('Overview');
    expect(labels()[4]).toBe('Privacy — alarm — on screen now');
    expect(screen.getByTestId(testIds.pageDots).dataset.page).toBe('privacy');
  });

  it('marks the overview as a page of its own', () => {
    renderDots('nl', { kind: 'overview' }, []);
    const overview = screen.getByTestId(testIds.pageDot('overview'));
    expect(overview.className).toBe('page-dot is-overview is-current');
    expect(screen.queryAllByText('✖')).toEqual([]);
  });
});
