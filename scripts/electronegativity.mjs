// `npm test` step: Electronegativity (https://github.com/doyensec/electronegativity), Doyensec's
// scanner for Electron misconfigurations, over the sources of what Electron runs: main, preload
// and everything they bundle (electron/, shared/), the renderer (renderer/, index.html
// included) and package.json. Offline, and it writes nothing into the repo.
//
// The CLI exits 0 whatever it finds (doyensec/electronegativity#108), so this runs the
// programmatic API and decides itself. It fails on
// - any finding, whatever its severity, that no `eng-disable` comment suppresses;
// - a suppression without a reason: `// eng-disable CHECK_ID — reason` on the line or, where
//   one line suppresses several checks (or in HTML, whose `<!-- eng-disable ID -->` has no
//   room for more), a `CHECK_ID — reason` line in the comment block around it;
// - a suppression that suppresses nothing (any more), and a file the scanner could not parse.
//
// The built bundles in out/ are not scanned: esbuild drops the comments that hold the reviewed
// suppressions, the scanner's parser fails on their class private fields, and its checks look
// for `new BrowserWindow(`, which a bundle spells `new import_electron.BrowserWindow(`.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/** Source folders, the extensions the scanner parses, and what is not part of the app. */
const ROOTS = ['electron', 'shared', 'renderer'];
const PARSED = /\.(ts|tsx|js|jsx|html|htm)$/;
const NOT_APP = /(^|\/)(node_modules|test|testing)\/|\.(test|spec|config)\.\w+$/;

/** Checks left out, each with the reason. */
const EXCLUDED_CHECKS = {
  // Downloads Electron's release list on every run, and the scan is offline. Electron is
  // pinned in package.json and upgraded deliberately, one major at a time.
  AvailableSecurityFixesGlobalCheck: 'needs the network',
  // Only reports package.json's Electron version, as input for the check above; package.json
  // has no comments to suppress it with.
  ElectronVersionJSONCheck: 'input of the excluded AvailableSecurityFixesGlobalCheck',
};

// The scanner's own comment syntax (src/util/exceptions.js): one directive per line, naming
// checks by ID (or class name, which this script does not accept), file-wide on line 1.
const DIRECTIVE = {
  js: /(?:\/\*|\/\/)[ \t]*eng-disable[ \t]+([\w \t]+)(.*)$/i,
  html: /<!--[ \t]*eng-disable[ \t]+([\w \t]+)-->()/i,
};
const CHECK_ID = /^[A-Z0-9]+(_[A-Z0-9]+)*_CHECK$/;
const REASON = String.raw`\s*[—–:-]+\s*\S.{8,}`;
const COMMENT_LINE = /^\s*(\/\/|\/\*|\*|<!--)/;

/**
 * Electronegativity fetches fresh translations with got 11 before every scan. Offline, got's
 * retry timer then throws from p-cancelable on Node 24 ("The `onCancel` handler was attached
 * after the promise settled") and kills the process. The English texts ship in the package,
 * so every request is answered 503 at once, without touching the network.
 */
function stubNetwork(scannerRequire) {
  const id = scannerRequire.resolve('got');
  const stub = new Module(id);
  stub.filename = id;
  stub.loaded = true;
  stub.exports = async () => ({ statusCode: 503, body: '' });
  scannerRequire.cache[id] = stub;
}

/** The scanner's programmatic API (its package main), with the network stubbed out first. */
function loadScanner() {
  const manifest = require.resolve('@doyensec/electronegativity/package.json');
  stubNetwork(createRequire(manifest));
  return { run: require('@doyensec/electronegativity'), version: require(manifest).version };
}

/** The repo-relative paths of the files to scan. */
async function appSources() {
  const lists = await Promise.all(
    ROOTS.map(async (dir) =>
      (await readdir(path.join(root, dir), { recursive: true })).map((file) =>
        `${dir}/${file}`.replaceAll('\\', '/'),
      ),
    ),
  );
  const sources = lists.flat().filter((file) => PARSED.test(file) && !NOT_APP.test(file));
  return [...sources.sort(), 'package.json'];
}

/** Writes the files under their repo paths below `dir`, so that findings name repo paths. */
async function stage(dir, texts, transform = (text) => text) {
  await Promise.all(
    [...texts].map(async ([file, text]) => {
      const target = path.join(dir, file);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, transform(text));
    }),
  );
}

async function scan(run, input, electronVersion) {
  const result = await run({
    input,
    isRelative: true,
    excludeFromScan: Object.keys(EXCLUDED_CHECKS),
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  });
  for (const issue of result.issues) issue.file = issue.file.replaceAll('\\', '/');
  for (const error of result.errors) error.file = path.relative(input, error.file);
  return result;
}

const keyOf = (issue) =>
  `${issue.id} ${issue.file}:${issue.location.line}:${issue.location.column}`;

/** Every eng-disable comment: file, 1-based line, the names it lists, a reason on the line. */
function directives(file, text) {
  const regex = /\.html?$/.test(file) ? DIRECTIVE.html : DIRECTIVE.js;
  return text.split('\n').flatMap((line, index) => {
    const match = regex.exec(line);
    if (!match) return [];
    const ids = match[1].trim().split(/[\s,]+/);
    const reasoned = new RegExp(`^${REASON}`).test(match[2]);
    return [{ file, line: index + 1, ids, reasoned }];
  });
}

/** `ID — reason` in the comment lines next to a directive (up and down, no code between). */
function hasReasonNearby(lines, line, id) {
  const near = [];
  for (let i = line - 2; i >= 0 && COMMENT_LINE.test(lines[i]); i--) near.push(lines[i]);
  for (let i = line; i < lines.length && COMMENT_LINE.test(lines[i]); i++) near.push(lines[i]);
  const pattern = new RegExp(`\\b${id}${REASON}`);
  return near.some((text) => pattern.test(text));
}

/** The directive behind a suppressed finding: on its line, or file-wide on line 1. */
function directiveOf(issue, allDirectives) {
  const mine = allDirectives.filter((d) => d.file === issue.file && d.ids.includes(issue.id));
  return mine.find((d) => d.line === issue.location.line) ?? mine.find((d) => d.line === 1);
}

function describeIssue(issue) {
  const where = `${issue.file}:${issue.location.line}:${issue.location.column}`;
  const rating = `${issue.severity.name}/${issue.confidence.name}`;
  const text = String(issue.description).split('\n')[0];
  return `${issue.id} (${rating}) ${where}\n    ${text} ${issue.shortenedURL ?? ''}`;
}

/** Everything that fails the step, given the scan with and without the suppressions. */
function problemsOf(result, suppressed, texts) {
  const allDirectives = [...texts].flatMap(([file, text]) => directives(file, text));
  const problems = result.issues.map((issue) => `finding: ${describeIssue(issue)}`);
  for (const error of result.errors.filter((e) => !e.tolerable))
    problems.push(`not scanned: ${error.file}: ${error.message}`);
  const used = new Set();
  for (const issue of suppressed) {
    const directive = directiveOf(issue, allDirectives);
    if (!directive) {
      problems.push(`suppressed by something other than its ID: ${describeIssue(issue)}`);
      continue;
    }
    used.add(`${directive.file}:${directive.line} ${issue.id}`);
    const lines = texts.get(issue.file).split('\n');
    if (!directive.reasoned && !hasReasonNearby(lines, directive.line, issue.id))
      problems.push(
        `no reason for suppressing ${issue.id} at ${issue.file}:${directive.line}: write ` +
          `"${issue.id} — <why it is safe>" on that line or in the comment block around it`,
      );
  }
  for (const { file, line, ids } of allDirectives) {
    const notIds = ids.filter((id) => !CHECK_ID.test(id));
    if (notIds.length > 0)
      problems.push(
        `eng-disable at ${file}:${line} lists "${notIds.join(' ')}": ` +
          'write `eng-disable CHECK_ID — reason` (IDs, then a dash)',
      );
    for (const id of ids.filter((id) => CHECK_ID.test(id) && !used.has(`${file}:${line} ${id}`)))
      problems.push(`suppression of ${id} at ${file}:${line} suppresses nothing: remove it`);
  }
  return problems;
}

async function main() {
  const started = performance.now();
  const { run, version } = loadScanner();
  const electronVersion = require('electron/package.json').version;
  const files = await appSources();
  const texts = new Map(
    await Promise.all(
      files.map(async (file) => [file, await readFile(path.join(root, file), 'utf8')]),
    ),
  );
  const cwd = process.cwd();
  const tmp = await mkdtemp(path.join(tmpdir(), 'dijkwacht-electronegativity-'));
  try {
    // Anything the scanner writes into its working directory lands in the temp dir.
    process.chdir(tmp);
    await stage(path.join(tmp, 'app'), texts);
    const result = await scan(run, path.join(tmp, 'app'), electronVersion);
    // Once more with every suppression switched off: the difference is what they suppress.
    await stage(path.join(tmp, 'raw'), texts, (text) => text.replace(/eng-disable/gi, 'eng-off'));
    const raw = await scan(run, path.join(tmp, 'raw'), electronVersion);

    const open = new Set(result.issues.map(keyOf));
    const suppressed = raw.issues.filter((issue) => !open.has(keyOf(issue)));
    const problems = problemsOf(result, suppressed, texts);

    for (const issue of suppressed)
      console.log(`suppressed: ${issue.id} at ${issue.file}:${issue.location.line}`);
    for (const [check, why] of Object.entries(EXCLUDED_CHECKS))
      console.log(`not run: ${check} (${why})`);
    for (const warning of result.errors.filter((e) => e.tolerable))
      console.log(`parser warning: ${warning.file}: ${warning.message}`);
    for (const problem of problems) console.error(`✖ ${problem}`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `electronegativity ${version} (Electron ${electronVersion}): ` +
        `${result.globalChecks + result.atomicChecks} checks over ${files.length} files, ` +
        `${result.issues.length} unsuppressed findings, ${suppressed.length} suppressions, ` +
        `${problems.length} problems (${seconds} s)`,
    );
    process.exitCode = problems.length > 0 ? 1 : 0;
  } finally {
    process.chdir(cwd);
    await rm(tmp, { recursive: true, force: true });
  }
}

await main();
