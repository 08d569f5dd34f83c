import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Playwright cannot download its browsers on the build machines: use Debian's Chromium there.
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const useDebianChromium = !process.env.PLAYWRIGHT_OWN_BROWSER && existsSync(DEBIAN_CHROMIUM);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  globalSetup: './e2e/global-setup.ts',
  // A test.only left in a commit would skip every other test; lint bans it too (eslint.config.js).
  forbidOnly: true,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  projects: [
    {
      name: 'renderer',
      testMatch: 'renderer/**/*.spec.ts',
      use: {
        browserName: 'chromium',
        launchOptions: {
          ...(useDebianChromium ? { executablePath: DEBIAN_CHROMIUM } : {}),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
    { name: 'electron', testMatch: 'electron/**/*.spec.ts' },
  ],
});
