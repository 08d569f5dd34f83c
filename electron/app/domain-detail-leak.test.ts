import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { domainIds } from '../../shared/playbook/domains.ts';
import { DEMO_CREDENTIALS, DEMO_ENV, demoConfigText } from '../simulator/demo-config.ts';
import { startDemoWorldWithFaults } from '../simulator/testing/demo-world-with-faults.ts';
import { testSeat } from './testing/test-seat.ts';
import { startServices } from './start-services.ts';

/** The secrets the demo's sources accept, in every form a detail could carry them. */
const SECRETS = [
  DEMO_CREDENTIALS.topdeskPassword,
  DEMO_CREDENTIALS.statuscakeToken,
  DEMO_CREDENTIALS.elasticsearchApiKey,
  Buffer.from(`${DEMO_CREDENTIALS.topdeskUser}:${DEMO_CREDENTIALS.topdeskPassword}`).toString(
    'base64',
  ),
];

describe('domain:detail carries only what the clients validated and scrubbed', () => {
  it('never holds a source’s secret, even one a source echoes in a ticket', async () => {
    const world = await startDemoWorldWithFaults();
    // TOPdesk echoing the application password in a title: what a careless integration does.
    world.topdesk.incidents.add({
      number: 'I 2611 999',
      briefDescription: `Wachtwoord ${DEMO_CREDENTIALS.topdeskPassword} staat in de melding`,
      category: 'Privacy',
      subcategory: 'Datalek',
      priority: 'P2 - Hoog',
      operatorGroup: 'Bouwteam',
      callDate: new Date(Date.now() - 10 * 60_000),
    });
    const folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-detail-'));
    const file = path.join(folder, 'dijkwacht.yaml');
    await writeFile(file, demoConfigText(world.endpoints, 1, 60_000));
    Object.assign(process.env, DEMO_ENV);
    const running = await startServices({
      configFile: file,
      version: 'test',
      ...(await testSeat()),
    });
    try {
      await running.services.collector.pollAllOnce();
      const details = await Promise.all(
        domainIds.map((domain) => running.services.handlers['domain:detail']({ domain })),
      );
      const privacy = details.find((detail) => detail.domain === 'privacy');
      const ticket = privacy?.tickets?.items.find((item) => item.number === 'I 2611 999');
      assert.ok(ticket, 'the echoing ticket is listed');
      assert.match(ticket.url ?? '', /^http:\/\/127\.0\.0\.1:\d+\/tas\/secure\/incident\?/);
      const text = JSON.stringify(details);
      for (const secret of SECRETS) assert.ok(!text.includes(secret), `a detail holds ${secret}`);
    } finally {
      await running.stop();
      for (const name of Object.keys(DEMO_ENV)) delete process.env[name];
      await world.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});
