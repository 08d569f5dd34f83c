// Fails on an import cycle in shared/, electron/ or renderer/ and names one for every import
// that closes one. Imports that run count (static, re-exports, `import()`); type-only ones do
// not fail the check, because esbuild, Vite and Node's type stripping erase them, so they cannot
// cause the load-order bug a cycle brings (a binding read before its module has run). Cycles
// that exist only through type imports are still listed, as notes; `--strict` fails on them too.
// The moment a value crosses such a cycle (one word in an `import type` line), it becomes a
// runtime one and this check fails on that edit.
//
//   node scripts/check-cycles.mjs [--strict] [--root DIR] [FOLDER…]   (default: shared electron renderer)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const DEFAULT_FOLDERS = ['shared', 'electron', 'renderer'];
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist']);

/** Every source file under `folder`, as a path relative to `root` with `/` separators. */
export function listSources(root, folder) {
  const found = [];
  const walk = (relative) => {
    for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) walk(child);
      else if (entry.isFile() && SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts'))
        found.push(child);
    }
  };
  if (existsSync(path.join(root, folder))) walk(folder);
  return found.sort();
}

/**
 * The relative specifiers a file imports: static imports and re-exports, `import()` calls and
 * `import('…')` types. `typeOnly` is true for `import type`, `export type` and type positions.
 */
export function importsOf(fileName, text) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const found = [];
  const add = (literal, typeOnly) => {
    if (literal && ts.isStringLiteralLike(literal) && literal.text.startsWith('.'))
      found.push({ specifier: literal.text, typeOnly });
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, isTypeOnlyImport(node));
    else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, node.isTypeOnly);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument))
      add(node.argument.literal, true);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword)
      add(node.arguments[0], false);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function isTypeOnlyImport(declaration) {
  // Only `import type` is erased whole: under verbatimModuleSyntax `import { type A } from`
  // still loads the module (as `import {} from`), so it counts as an import that runs.
  return declaration.importClause?.isTypeOnly ?? false;
}

/**
 * The import graph of `folders` under `root`: file → [{ to, typeOnly }]. Only relative
 * specifiers that name a file inside the graph become edges (packages and other folders are
 * leaves, and cannot close a cycle through these folders).
 */
export function buildGraph(root, folders = DEFAULT_FOLDERS) {
  const files = folders.flatMap((folder) => listSources(root, folder));
  const known = new Set(files);
  const graph = new Map();
  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8');
    const edges = [];
    for (const { specifier, typeOnly } of importsOf(file, text)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      if (known.has(target)) edges.push({ to: target, typeOnly });
    }
    graph.set(file, edges);
  }
  return graph;
}

/** The graph as it runs: without its type-only imports. */
export function withoutTypeImports(graph) {
  return new Map([...graph].map(([file, edges]) => [file, edges.filter((edge) => !edge.typeOnly)]));
}

/**
 * One shortest cycle through every import that closes a cycle, each listed once (rotated to
 * start at its smallest file). `cycle` lists the files in import order, ending where it began;
 * `throughTypes` is true when a type-only import is one of its steps.
 */
export function findCycles(graph) {
  const cycles = new Map();
  for (const [from, edges] of graph) {
    for (const edge of edges) {
      const back = shortestPath(graph, edge.to, from);
      if (!back) continue;
      const ring = [from, ...back.files.slice(0, -1)];
      const typeFlags = [edge.typeOnly, ...back.typeFlags];
      const start = ring.indexOf([...ring].sort()[0]);
      const rotated = [...ring.slice(start), ...ring.slice(0, start)];
      const key = rotated.join(' → ');
      if (!cycles.has(key))
        cycles.set(key, {
          cycle: [...rotated, rotated[0]],
          throughTypes: typeFlags.some(Boolean),
        });
    }
  }
  return [...cycles.values()].sort((a, b) => a.cycle.join().localeCompare(b.cycle.join()));
}

/** Breadth-first: the files from `start` to `goal` (both included) and each step's type-only flag. */
function shortestPath(graph, start, goal) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift();
    if (file === goal) {
      const files = [];
      const typeFlags = [];
      for (let at = goal; at !== null; at = previous.get(at)?.from ?? null) {
        files.unshift(at);
        const step = previous.get(at);
        if (step) typeFlags.unshift(step.typeOnly);
      }
      return { files, typeFlags };
    }
    for (const edge of graph.get(file) ?? []) {
      if (previous.has(edge.to)) continue;
      previous.set(edge.to, { from: file, typeOnly: edge.typeOnly });
      queue.push(edge.to);
    }
  }
  return null;
}

export function formatCycles(cycles) {
  return cycles
    .map(
      ({ cycle, throughTypes }) =>
        `  ${cycle.join(' → ')}${throughTypes ? '  (through types)' : ''}`,
    )
    .join('\n');
}

function parseArgs(argv) {
  const folders = [];
  let root = process.cwd();
  let strict = false;
  for (let index = 0; index < argv.length; index += 1) {
    if (argv[index] === '--strict') strict = true;
    else if (argv[index] === '--root') root = path.resolve(argv[(index += 1)] ?? '.');
    else folders.push(argv[index]);
  }
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory())
    throw new Error(`--root ${root}: not a folder`);
  return { root, strict, folders: folders.length > 0 ? folders : DEFAULT_FOLDERS };
}

/** Runs the check and prints its verdict; returns the exit code. */
export function checkCycles({ root, folders = DEFAULT_FOLDERS, strict = false }) {
  const graph = buildGraph(root, folders);
  const runtime = findCycles(withoutTypeImports(graph));
  const throughTypes = findCycles(graph).filter((found) => found.throughTypes);
  const failing = strict ? [...runtime, ...throughTypes] : runtime;
  const where = folders.join(', ');
  if (!strict && throughTypes.length > 0)
    console.log(
      `Note: ${throughTypes.length} cycle(s) in ${where} exist only through type imports:\n` +
        formatCycles(throughTypes),
    );
  if (failing.length === 0) {
    console.log(`No import cycles in ${where} (${graph.size} files).`);
    return 0;
  }
  console.error(`${failing.length} import cycle(s) in ${where}:\n${formatCycles(failing)}`);
  console.error('Break each by moving what both sides need into a module that imports neither.');
  return 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = checkCycles(parseArgs(process.argv.slice(2)));
}
