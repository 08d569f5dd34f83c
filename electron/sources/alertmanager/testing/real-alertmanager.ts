import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Test helper: the real Alertmanager from Debian (`prometheus-alertmanager`, which
 * .ci/run installs) on a free loopback port, clustering off, storage in a temporary
 * folder, one null receiver and one inhibit rule (ServiceDown inhibits ServiceSlow of the
 * same service), started for a test and stopped after it.
 */

export const ALERTMANAGER_BINARY = '/usr/bin/prometheus-alertmanager';

const INSTALL_HINT = `${ALERTMANAGER_BINARY} is missing: install it with "apt-get install prometheus-alertmanager" (.ci/run does)`;

/**
 * For `describe(…, { skip })`: a reason to skip when the binary is missing outside CI. In CI
 * (CI=true) it never skips, so startRealAlertmanager fails with the install hint instead.
 */
export function skipWithoutAlertmanager(binary = ALERTMANAGER_BINARY): string | false {
  if (existsSync(binary) || process.env.CI === 'true') return false;
  return `${INSTALL_HINT}; skipped outside CI`;
}

export interface RealAlertmanager {
  readonly url: string;
  readonly stop: () => Promise<void>;
}

const CONFIG = `route:
  receiver: 'null'
  group_wait: 100ms
  group_interval: 100ms
  repeat_interval: 1h
receivers:
  - name: 'null'
inhibit_rules:
  - source_matchers: ['alertname="ServiceDown"']
    target_matchers: ['alertname="ServiceSlow"']
    equal: ['service']
`;

export async function startRealAlertmanager(
  binary = ALERTMANAGER_BINARY,
): Promise<RealAlertmanager> {
  if (!existsSync(binary)) throw new Error(INSTALL_HINT);
  const folder = await mkdtemp(join(tmpdir(), 'dijkwacht-alertmanager-'));
  await writeFile(join(folder, 'alertmanager.yml'), CONFIG);
  try {
    // Another process may take the free port between our check and the start: try again.
    for (let attempt = 1; ; attempt++) {
      const started = await tryStart(binary, folder).catch((error: unknown) => {
        if (attempt < 3) return null;
        throw error;
      });
      if (started) return { url: started.url, stop: () => stop(started.child, folder) };
    }
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}

async function tryStart(
  binary: string,
  folder: string,
): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    binary,
    [
      `--web.listen-address=127.0.0.1:${port}`,
      '--cluster.listen-address=',
      `--storage.path=${join(folder, 'data')}`,
      `--config.file=${join(folder, 'alertmanager.yml')}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(url, child, () => log);
    return { url, child };
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}

async function waitUntilReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Alertmanager exited before it was ready:\n${log()}`);
    }
    const ready = await fetch(`${url}/-/ready`, { signal: AbortSignal.timeout(500) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Alertmanager was not ready within 10 s:\n${log()}`);
}

async function stop(child: ChildProcess, folder: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  }
  await rm(folder, { recursive: true, force: true });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** POST /api/v2/alerts, as Prometheus sends them; works on the loopback simulator as well. */
export async function postAlerts(url: string, alerts: readonly object[]): Promise<void> {
  const response = await fetch(`${url}/api/v2/alerts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(alerts),
  });
  if (!response.ok)
    throw new Error(`POST alerts: HTTP ${response.status} ${await response.text()}`);
}

/** POST /api/v2/silences with equality matchers for an hour; returns the silence id. */
export async function postSilence(
  url: string,
  labels: Readonly<Record<string, string>>,
): Promise<string> {
  const now = Date.now();
  const response = await fetch(`${url}/api/v2/silences`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      matchers: Object.entries(labels).map(([name, value]) => ({
        name,
        value,
        isRegex: false,
        isEqual: true,
      })),
      startsAt: new Date(now - 1000).toISOString(),
      endsAt: new Date(now + 3_600_000).toISOString(),
      createdBy: 'dijkwacht-test',
      comment: 'silenced by a test',
    }),
  });
  if (!response.ok)
    throw new Error(`POST silence: HTTP ${response.status} ${await response.text()}`);
  return ((await response.json()) as { silenceID: string }).silenceID;
}
