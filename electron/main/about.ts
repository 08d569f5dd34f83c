import type { AboutPanelOptionsOptions } from 'electron';

/** package.json's `license` (SPDX); about.test.ts keeps the two, and the installer's copyright, in step. */
export const LICENCE_ID = 'EUPL-1.2';
export const LICENCE_NAME = 'European Union Public Licence v. 1.2';
/** package.json's `homepage`, which the deb package and Linux's About panel name. */
export const HOMEPAGE = 'https://dijkwacht.example.org';
/** build/electron-builder.yml's `copyright`, which the installers show. */
export const COPYRIGHT = 'Copyright © Dijkwacht team';

/**
 * The About panel (Help > About, or the app menu on macOS): name, version and licence on every
 * platform. macOS and Windows show `credits`; Linux shows `authors` and `website` instead.
 */
export function aboutPanelOptions(about: {
  readonly name: string;
  readonly version: string;
  readonly homepage: string | null;
}): AboutPanelOptionsOptions {
  return {
    applicationName: about.name,
    applicationVersion: about.version,
    version: about.version,
    copyright: `${COPYRIGHT}\nLicensed under the ${LICENCE_NAME} (${LICENCE_ID})`,
    credits: `Licensed under the ${LICENCE_NAME} (${LICENCE_ID}).`,
    authors: ['Dijkwacht team'],
    ...(about.homepage ? { website: about.homepage } : {}),
  };
}
