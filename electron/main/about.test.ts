import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { aboutPanelOptions, COPYRIGHT, HOMEPAGE, LICENCE_ID } from './about.ts';

const root = new URL('../../', import.meta.url);
const packageJson = async () =>
  JSON.parse(await readFile(new URL('package.json', root), 'utf8')) as Record<string, unknown>;

describe('aboutPanelOptions', () => {
  it('names the app, its version and the EUPL licence on every platform', () => {
    const options = aboutPanelOptions({ name: 'Dijkwacht', version: '0.1.0', homepage: HOMEPAGE });
    assert.equal(options.applicationName, 'Dijkwacht');
    assert.equal(options.applicationVersion, '0.1.0');
    // copyright is the one field macOS, Windows and Linux all show.
    assert.match(String(options.copyright), /EUPL-1\.2/);
    assert.match(String(options.copyright), /European Union Public Licence v\. 1\.2/);
    assert.equal(options.website, HOMEPAGE);
  });

  it('leaves the website out when there is none', () =>
    assert.equal(
      'website' in aboutPanelOptions({ name: 'Dijkwacht', version: '1', homepage: null }),
      false,
    ));
});

describe('the licence, the homepage and the copyright agree everywhere', () => {
  it("package.json's licence is the About panel's", async () =>
    assert.equal((await packageJson()).license, LICENCE_ID));

  it("package.json's homepage is the About panel's", async () =>
    assert.equal((await packageJson()).homepage, HOMEPAGE));

  it("build/electron-builder.yml's copyright is the About panel's", async () => {
    const builder = parse(await readFile(new URL('build/electron-builder.yml', root), 'utf8'));
    assert.equal(builder.copyright, COPYRIGHT);
  });
});
