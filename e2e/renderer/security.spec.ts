import { expect, test } from '@playwright/test';
import { API_METHODS } from '../../shared/ipc/testing/sample-answers.ts';
import { openApp, type RunningApp } from '../harness/app-harness.ts';
import { DashboardPage } from '../pages/dashboard-page.ts';

let app: RunningApp | undefined;
test.afterEach(async () => app?.close());

test('the renderer has no Node, a CSP that blocks inline script, and only the typed API', async ({
  page,
}) => {
  app = await openApp(page, { expectedConsoleErrors: [/violates .*Content Security Policy/] });
  await new DashboardPage(page).ready();
  const globals = await page.evaluate(() => ({
    require: typeof (window as unknown as Record<string, unknown>).require,
    process: typeof (window as unknown as Record<string, unknown>).process,
    api: Object.keys((window as unknown as { dijkwacht: object }).dijkwacht).sort(),
    frozen: Object.isFrozen((window as unknown as { dijkwacht: object }).dijkwacht),
  }));
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    api: [...API_METHODS],
    frozen: true,
  });

  const response = await page.request.get(`${app.origin}/index.html`);
  expect(response.headers()['content-security-policy']).toContain("script-src 'self'");

  const inlineRan = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) =>
      document.addEventListener(
        'securitypolicyviolation',
        (event) => resolve(event.violatedDirective),
        { once: true },
      ),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    return {
      ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
      directive: await violation,
    };
  });
  expect(inlineRan).toEqual({ ran: false, directive: 'script-src-elem' });
});

test('a call that breaks the IPC contract is refused before any handler runs', async ({ page }) => {
  app = await openApp(page);
  await new DashboardPage(page).ready();
  const invoke = (channel: string, payload: unknown) =>
    page.evaluate(
      ([c, p]) =>
        (window as unknown as { __dijkwachtInvoke(c: string, p: unknown): Promise<unknown> })
          .__dijkwachtInvoke(c, p)
          .then(
            () => 'accepted',
            (error: Error) => error.message,
          ),
      [channel, payload] as const,
    );
  expect(await invoke('snapshot:get', { sneaky: true })).toContain(
    'invalid payload for snapshot:get',
  );
  expect(await invoke('fs:read', undefined)).toContain('unknown IPC channel');
  expect(await invoke('snapshot:get', undefined)).toBe('accepted');
});
