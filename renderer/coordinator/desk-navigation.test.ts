import { describe, expect, it } from 'vitest';
import type { DomainId } from '../../shared/playbook/domains.ts';
import { locationKey, stepDomain } from './desk-navigation.ts';

const ORDER: DomainId[] = ['helpdesk', 'ggd-portal', 'security'];

describe('stepDomain', () => {
  it('goes to the next and previous domain, round the ends', () => {
    expect(stepDomain(ORDER, 'helpdesk', 1)).toBe('ggd-portal');
    expect(stepDomain(ORDER, 'security', 1)).toBe('helpdesk');
    expect(stepDomain(ORDER, 'helpdesk', -1)).toBe('security');
  });

  it('starts at the first (or, backwards, the last) when none is selected', () => {
    expect(stepDomain(ORDER, null, 1)).toBe('helpdesk');
    expect(stepDomain(ORDER, null, -1)).toBe('security');
    expect(stepDomain([], null, 1)).toBeNull();
  });
});

describe('locationKey', () => {
  it('names the overview, a domain or a page', () => {
    expect(locationKey({ kind: 'overview' })).toBe('overview');
    expect(locationKey({ kind: 'domain', domain: 'privacy' })).toBe('privacy');
    expect(locationKey({ kind: 'page', id: 'sources' })).toBe('sources');
  });
});
