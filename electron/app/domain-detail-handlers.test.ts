import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import { config, NOW, signalsOf, ticket } from '../../shared/rules/testing/rule-fixtures.ts';
import { deskHandlers } from './domain-detail-handlers.ts';

const CONFIG = config();
const collector = {
  signals: () => signalsOf({ tickets: [ticket({ category: 'Security', number: 'I 1' })] }),
  snapshot: () => ({
    generatedAt: NOW.toISOString(),
    demo: false,
    timeline: null,
    sources: [],
    domains: [],
  }),
  charts: () => {
    throw new Error('not asked for');
  },
};

describe('deskHandlers', () => {
  it('answers domain:detail from the collector', async () => {
    const handlers = deskHandlers({ collector, config: CONFIG, playbook: defaultPlaybook });
    const detail = await handlers['domain:detail']({ domain: 'security' });
    assert.equal(detail.tickets?.items[0]?.number, 'I 1');
    assert.equal(detail.generatedAt, NOW.toISOString());
  });

  it('opens an allowed link through openExternal, and refuses a foreign one with a log line', async () => {
    const opened: string[] = [];
    const logs: string[] = [];
    const handlers = deskHandlers({
      collector,
      config: CONFIG,
      playbook: defaultPlaybook,
      openExternal: async (href) => void opened.push(href),
      log: (line) => logs.push(line),
    });
    const ticketUrl =
      'https://td.example/tas/secure/incident?action=lookup&lookup=naam&lookupValue=I%201';
    assert.deepEqual(await handlers['link:open']({ url: ticketUrl }), { status: 'opened' });
    assert.deepEqual(await handlers['link:open']({ url: 'https://evil.example/' }), {
      status: 'refused',
      reason: 'host',
    });
    assert.deepEqual(opened, [ticketUrl]);
    assert.equal(logs.length, 1);
  });

  it('without a way to open links (no Electron), says so as "failed"', async () => {
    const logs: string[] = [];
    const handlers = deskHandlers({
      collector,
      config: CONFIG,
      playbook: defaultPlaybook,
      log: (line) => logs.push(line),
    });
    assert.deepEqual(await handlers['link:open']({ url: 'tel:0612345678' }), {
      status: 'refused',
      reason: 'failed',
    });
    assert.match(logs[0] ?? '', /cannot open links/);
  });
});
