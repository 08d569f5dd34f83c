import { chromium, type Browser, type LaunchOptions } from '@playwright/test';
import playwrightConfig from '../../../playwright.config.ts';

/** The renderer suite's launch options (Debian's Chromium and its flags), so both agree. */
function rendererLaunchOptions(): LaunchOptions {
  const project = playwrightConfig.projects?.find((candidate) => candidate.name === 'renderer');
  return project?.use?.launchOptions ?? {};
}

/** Chromium as `npm run test:e2e` starts it for the renderer project. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(rendererLaunchOptions());
}
