// Packaging checks for build/electron-builder.yml, offline.
//
// 1. The config passes electron-builder's own schema validation, and a copy with an unknown
//    top-level key is refused by the real CLI (so the validation we rely on is really on).
// 2. The icons exist in the formats electron-builder uses as they are: converting icons
//    would make it download its icon toolset.
// 3. `npm run build`, then a real `electron-builder --linux dir` build against a stand-in
//    Electron folder (the Electron binary cannot be downloaded here), then the app.asar it
//    wrote is listed with @electron/asar: the built app is in it, and no sources, tests,
//    source maps, scripts or node_modules are.
// 4. The Electron fuses: the config sets every fuse @electron/fuses knows, as below, and the
//    executable of that build reads back (with @electron/fuses' own reader) with each of them
//    flipped, so electron-builder really applied `electronFuses` to the binary.
//
// What electron-builder needs from an unpacked Electron folder (`electronDist`) for a Linux
// `dir` build: only the `electron` executable, which it renames to `linux.executableName`
// and flips the fuses in (build/stand-in-electron.ts gives it a real fuse wire for that).
// It writes resources/app.asar itself, and moves a LICENSE (when there is one) to
// LICENSE.electron.txt. Nothing is downloaded: the Electron version comes from
// node_modules/electron/package.json, and a `dir` target needs no fpm/appimage tools.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type * as Asar from '@electron/asar';
import type * as Fuses from '@electron/fuses';
import { makeStandInElectron, STAND_IN_DEFAULT_WIRE } from './stand-in-electron.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const configPath = path.join(root, 'build', 'electron-builder.yml');
const require = createRequire(import.meta.url);

function resolveOrNull(id: string): string | null {
  try {
    return require.resolve(id);
  } catch {
    return null;
  }
}

const builderCli = resolveOrNull('electron-builder/cli.js');
const missing =
  'electron-builder is not installed (it is a devDependency: run `npm ci`); packaging checks skipped';

/** The update server the test build is made for (build/electron-builder.yml, `publish`). */
const UPDATE_URL = 'https://updates.example.invalid/dijkwacht';

/** Keeps electron-builder from reaching out: caches in the test's temp dir, no update check. */
function offlineEnv(tmp: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DIJKWACHT_UPDATE_URL: UPDATE_URL,
    ELECTRON_BUILDER_CACHE: path.join(tmp, 'cache'),
    ELECTRON_CACHE: path.join(tmp, 'cache'),
    NO_UPDATE_NOTIFIER: '1',
    ELECTRON_BUILDER_OFFLINE: 'true',
    CSC_IDENTITY_AUTO_DISCOVERY: 'false',
    FORCE_COLOR: '0',
  };
}

interface RunResult {
  code: number | null;
  output: string;
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolve({
        code,
        output: signal === null ? output : `${output}\n(killed by ${signal} after ${timeoutMs} ms)`,
      });
    });
  });
}

function electronBuilder(args: string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  assert.ok(builderCli);
  return run(process.execPath, [builderCli, ...args], env, 120_000);
}

/** `npm run build`, with the npm that runs this test when there is one. */
function npmRunBuild(): Promise<RunResult> {
  const npmCli = process.env['npm_execpath'];
  const [command, args] =
    npmCli !== undefined && npmCli.endsWith('.js')
      ? [process.execPath, [npmCli, 'run', 'build']]
      : ['npm', ['run', 'build']];
  return run(command, args, process.env, 180_000);
}

/**
 * The fuses the packaged app must have, by @electron/fuses' names
 * (https://www.electronjs.org/docs/latest/tutorial/fuses). build/electron-builder.yml spells
 * each one with a lower-case first letter under `electronFuses`.
 */
const EXPECTED_FUSES = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: false,
} as const satisfies Record<keyof typeof Fuses.FuseV1Options, boolean>;

const builderKey = (fuse: string) => fuse.charAt(0).toLowerCase() + fuse.slice(1);
/** The fuse names of a TypeScript numeric enum (which also maps each index back to its name). */
const fuseNames = (options: object) => Object.keys(options).filter((key) => Number.isNaN(+key));
const onOff = (state: number | undefined) =>
  state === '1'.charCodeAt(0) ? 'on' : state === '0'.charCodeAt(0) ? 'off' : `byte ${state}`;

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(file: string): Promise<[number, number]> {
  const bytes = await readFile(file);
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', `${file} is not a PNG`);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

function show(list: readonly string[]): string {
  return list.length > 20
    ? `${list.slice(0, 20).join(', ')} … (${list.length} in all)`
    : list.join(', ');
}

if (builderCli === null) {
  // One skipped test rather than a skipped suite, so that the run reports the skip.
  it('packaging (electron-builder)', { skip: missing }, () => {});
} else {
  describe('packaging (electron-builder)', () => {
    let tmp = '';

    before(async () => {
      tmp = await mkdtemp(path.join(tmpdir(), 'dijkwacht-packaging-'));
    });

    after(async () => {
      if (tmp !== '') await rm(tmp, { recursive: true, force: true });
    });

    describe('config', () => {
      it('passes electron-builder schema validation', async () => {
        const { getConfig, validateConfiguration } =
          await import('app-builder-lib/out/util/config/config.js');
        const { DebugLogger } = await import('builder-util');
        const config = await getConfig(root, configPath, null);
        await validateConfiguration(config, new DebugLogger(false));

        assert.equal(config.appId, 'nl.dijkwacht.app');
        assert.equal(config.productName, 'Dijkwacht');
        assert.deepEqual(config.directories, { output: 'dist', buildResources: 'build' });
        assert.equal(config.asar, true);
        assert.deepEqual(config.linux?.target, ['AppImage', 'deb']);
        assert.equal(config.win?.target, 'nsis');
        // zip beside dmg: electron-updater updates a Mac app from the zip.
        assert.deepEqual(config.mac?.target, ['dmg', 'zip']);
        assert.equal(config.mac?.category, 'public.app-category.utilities');
      });

      it('publishes to a generic update server whose URL comes from DIJKWACHT_UPDATE_URL', async () => {
        const { getConfig } = await import('app-builder-lib/out/util/config/config.js');
        const config = await getConfig(root, configPath, null);
        assert.deepEqual(config.publish, {
          provider: 'generic',
          url: '${env.DIJKWACHT_UPDATE_URL}',
        });
      });

      it('has what the deb target needs: an author with an e-mail address, and a homepage', async () => {
        const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
          author?: { name?: string; email?: string };
          homepage?: string;
        };
        assert.match(pkg.author?.name ?? '', /\S/);
        assert.match(pkg.author?.email ?? '', /^[^@\s]+@[^@\s]+\.[a-z]+$/);
        assert.match(pkg.homepage ?? '', /^https:\/\//);
      });

      it('sets every fuse that @electron/fuses knows, each to its expected state', async () => {
        const { FuseV1Options } = await import('@electron/fuses');
        assert.deepEqual(
          fuseNames(FuseV1Options).sort(),
          Object.keys(EXPECTED_FUSES).sort(),
          '@electron/fuses names a fuse that EXPECTED_FUSES does not decide on',
        );
        const { getConfig } = await import('app-builder-lib/out/util/config/config.js');
        const config = await getConfig(root, configPath, null);
        assert.deepEqual(
          config.electronFuses,
          Object.fromEntries(
            Object.entries(EXPECTED_FUSES).map(([fuse, on]) => [builderKey(fuse), on]),
          ),
          'electronFuses in build/electron-builder.yml',
        );
      });

      it('is refused by the electron-builder CLI with a schema error when it has an unknown key', async () => {
        const brokenPath = path.join(tmp, 'broken-electron-builder.yml');
        const text = await readFile(configPath, 'utf8');
        await writeFile(brokenPath, `${text}\ndijkwachtNotAnOption: true\n`);
        const output = path.join(tmp, 'broken-dist');
        const standIn = await makeStandInElectron(path.join(tmp, 'electron-for-broken'));

        const result = await electronBuilder(
          [
            '--config',
            brokenPath,
            '--linux',
            'dir',
            '--publish',
            'never',
            `-c.electronDist=${standIn}`,
            `-c.directories.output=${output}`,
          ],
          offlineEnv(tmp),
        );

        assert.notEqual(
          result.code,
          0,
          `electron-builder accepted the broken config:\n${result.output}`,
        );
        assert.match(result.output, /Invalid configuration object/);
        assert.match(result.output, /unknown property 'dijkwachtNotAnOption'/);
        assert.equal(
          await exists(path.join(output, 'linux-unpacked')),
          false,
          'it packaged despite the error',
        );
      });
    });

    describe('icons', () => {
      it('are there in every format, so that electron-builder converts nothing', async () => {
        assert.deepEqual(await pngSize(path.join(root, 'build', 'icon.png')), [512, 512]);
        for (const size of [16, 32, 48, 64, 128, 256, 512]) {
          const file = path.join(root, 'build', 'icons', `${size}x${size}.png`);
          assert.deepEqual(await pngSize(file), [size, size], file);
        }
        const ico = await readFile(path.join(root, 'build', 'icons', 'icon.ico'));
        assert.deepEqual([...ico.subarray(0, 4)], [0, 0, 1, 0], 'icon.ico has no ICO header');
        const entries = ico.readUInt16LE(4);
        const widths = Array.from({ length: entries }, (_, i) => ico[6 + i * 16] || 256);
        assert.ok(widths.includes(256), `icon.ico needs a 256 px image, has ${widths.join(', ')}`);
        const icns = await readFile(path.join(root, 'build', 'icons', 'icon.icns'));
        assert.equal(icns.subarray(0, 4).toString('latin1'), 'icns');
        assert.equal(icns.readUInt32BE(4), icns.length, 'icon.icns length header');
      });
    });

    describe('a linux dir build: app.asar and fuses', () => {
      let entries: string[] = [];
      let asarPath = '';
      let unpacked = '';
      let standIn = '';
      let asar: typeof Asar;

      before(async () => {
        const build = await npmRunBuild();
        assert.equal(build.code, 0, `npm run build failed:\n${build.output}`);

        standIn = await makeStandInElectron(path.join(tmp, 'electron'));
        const output = path.join(tmp, 'dist');
        const result = await electronBuilder(
          [
            '--config',
            configPath,
            '--linux',
            'dir',
            '--publish',
            'never',
            `-c.electronDist=${standIn}`,
            `-c.directories.output=${output}`,
          ],
          offlineEnv(tmp),
        );
        assert.equal(result.code, 0, `electron-builder --linux dir failed:\n${result.output}`);

        // linux-unpacked on x64, linux-<arch>-unpacked elsewhere
        const dirs = (await readdir(output)).filter((name) => /^linux(-\w+)?-unpacked$/.test(name));
        assert.equal(
          dirs.length,
          1,
          `expected one linux unpacked dir in ${output}, found ${dirs.join(', ')}`,
        );
        unpacked = path.join(output, dirs[0] ?? '');
        asarPath = path.join(unpacked, 'resources', 'app.asar');
        asar = await import('@electron/asar');
        entries = asar
          .listPackage(asarPath, { isPack: false })
          .map((entry) => entry.replaceAll('\\', '/').replace(/^\//, ''))
          .filter((entry) => entry !== '');
      });

      it('writes the update server into the app (resources/app-update.yml)', async () => {
        const text = await readFile(path.join(unpacked, 'resources', 'app-update.yml'), 'utf8');
        assert.match(text, /^provider: generic$/m);
        assert.match(text, new RegExp(`^url: ${UPDATE_URL}$`, 'm'));
      });

      it('renames the Electron executable to the app executable', async () => {
        assert.ok(await exists(path.join(unpacked, 'dijkwacht')));
        assert.equal(await exists(path.join(unpacked, 'electron')), false);
      });

      it('flipped every fuse in the packaged executable, read back with @electron/fuses', async () => {
        const { FuseV1Options, FuseVersion, getCurrentFuseWire } = await import('@electron/fuses');
        const readFuses = async (executable: string) => {
          const wire = await getCurrentFuseWire(executable);
          assert.equal(wire.version, FuseVersion.V1, executable);
          const states = wire as unknown as Record<number, number>;
          return Object.fromEntries(
            fuseNames(EXPECTED_FUSES).map((fuse) => [
              fuse,
              onOff(states[FuseV1Options[fuse as keyof typeof EXPECTED_FUSES]]),
            ]),
          );
        };
        const expected = Object.fromEntries(
          Object.entries(EXPECTED_FUSES).map(([fuse, on]) => [fuse, on ? 'on' : 'off']),
        );
        // The stand-in starts at Electron's defaults, so only electron-builder can have flipped them.
        assert.notDeepEqual(await readFuses(path.join(standIn, 'electron')), expected);
        assert.deepEqual(await readFuses(path.join(unpacked, 'dijkwacht')), expected);
      });

      it('left the fuses @electron/fuses has no name for at their defaults', async () => {
        const { FuseV1Options, getCurrentFuseWire } = await import('@electron/fuses');
        const states = (await getCurrentFuseWire(
          path.join(unpacked, 'dijkwacht'),
        )) as unknown as Record<number, number>;
        const named = fuseNames(FuseV1Options).length;
        const unnamed = [...STAND_IN_DEFAULT_WIRE].slice(named);
        assert.ok(unnamed.length > 0, 'the stand-in wire should be longer than the named fuses');
        assert.deepEqual(
          unnamed.map((_, i) => String.fromCharCode(states[named + i] ?? 0)),
          unnamed,
        );
      });

      it('holds the built main, preload, renderer and package.json', () => {
        for (const file of [
          'out/main/index.cjs',
          'out/preload/index.cjs',
          'out/renderer/index.html',
          'out/main/fonts/DejaVuSans.ttf',
          'out/main/fonts/DejaVuSans-Bold.ttf',
          'package.json',
        ]) {
          assert.ok(entries.includes(file), `${file} missing from app.asar: ${show(entries)}`);
        }
      });

      it('holds every asset that index.html links', () => {
        const html = asar.extractFile(asarPath, 'out/renderer/index.html').toString('utf8');
        const linked = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map(
          (m) => `out/renderer/${m[1]}`,
        );
        assert.ok(linked.length > 0, 'index.html links no assets/ files');
        for (const file of linked)
          assert.ok(entries.includes(file), `${file} (linked from index.html) missing`);
      });

      it('has a package.json whose main is in the archive, without scripts or devDependencies', () => {
        const pkg = JSON.parse(
          asar.extractFile(asarPath, 'package.json').toString('utf8'),
        ) as Record<string, unknown>;
        assert.equal(pkg['main'], 'out/main/index.cjs');
        assert.equal(pkg['devDependencies'], undefined);
        assert.equal(pkg['scripts'], undefined);
      });

      it('holds no TypeScript sources, tests or source maps', () => {
        const bad = entries.filter(
          (e) => /\.(ts|tsx|mts|cts)$/.test(e) || /\.test\./.test(e) || e.endsWith('.map'),
        );
        assert.deepEqual(bad, []);
      });

      it('holds none of the source folders', () => {
        const sourceDirs = [
          'electron',
          'renderer',
          'shared',
          'e2e',
          'scripts',
          'build',
          'dist',
          'test-results',
        ];
        const bad = entries.filter((e) =>
          sourceDirs.some((dir) => e === dir || e.startsWith(`${dir}/`)),
        );
        assert.deepEqual(bad, []);
      });

      it('holds no devDependencies under node_modules', async () => {
        const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
          devDependencies?: Record<string, string>;
        };
        const devDependencies = Object.keys(pkg.devDependencies ?? {});
        assert.ok(devDependencies.includes('electron'), 'package.json lists no devDependencies?');
        const bad = entries.filter((e) =>
          devDependencies.some(
            (name) => e.includes(`node_modules/${name}/`) || e.endsWith(`node_modules/${name}`),
          ),
        );
        assert.deepEqual(bad, []);
      });

      it('holds only out/ and package.json: main and preload are bundled, nothing needs node_modules', () => {
        const outside = entries.filter(
          (e) => e !== 'package.json' && e !== 'out' && !e.startsWith('out/'),
        );
        assert.deepEqual(outside, [], 'the `files` list of electron-builder.yml let more in');
        // The guard for leaving node_modules out: the bundles load nothing but Node and Electron.
        const allowed = new Set([...builtinModules, 'electron']);
        for (const bundle of ['out/main/index.cjs', 'out/preload/index.cjs']) {
          const code = asar.extractFile(asarPath, bundle).toString('utf8');
          const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map(
            (m) => m[1] ?? '',
          );
          const external = required.filter(
            (id) => !allowed.has(id.replace(/^node:/, '')) && !allowed.has(id),
          );
          assert.deepEqual(
            external,
            [],
            `${bundle} requires modules that would have to ship in node_modules`,
          );
        }
      });
    });
  });
}
