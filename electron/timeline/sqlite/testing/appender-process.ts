import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./append-until-killed.ts', import.meta.url));

export interface AppenderOptions {
  readonly file: string;
  readonly seed: number;
  /** Starts every summary the child writes, so its events can be told from others. */
  readonly tag: string;
  readonly maxEvents?: number;
  /** A pause after each commit, so that two writers take turns at the write lock. */
  readonly pauseMs?: number;
  /** NODE_COMPILE_CACHE for the child: a warm cache halves its start-up. */
  readonly compileCache?: string;
  onOpening?(): void;
  onReady?(openMs: number): void;
}

export interface AppenderRun {
  /** The seq ranges the child reported committed, in order. */
  readonly committed: (readonly [first: number, last: number])[];
  readonly readySeen: boolean;
  readonly signal: NodeJS.Signals | null;
  readonly code: number | null;
  readonly stderr: string;
}

export interface Appender {
  /** Resolves once the child has loaded its modules and waits for go(). */
  readonly loaded: Promise<void>;
  /** Lets the child open the file; until then it has only loaded its modules. */
  go(): void;
  kill(): void;
  /** Resolves once the child has exited and all it printed has been read. */
  readonly finished: Promise<AppenderRun>;
}

/** Starts the appender child (testing/append-until-killed.ts) on a file; it waits for go(). */
export function startAppender(options: AppenderOptions): Appender {
  const args = [
    CHILD,
    options.file,
    String(options.seed),
    options.tag,
    String(options.maxEvents ?? 'Infinity'),
    String(options.pauseMs ?? 0),
  ];
  const env = options.compileCache
    ? { ...process.env, NODE_COMPILE_CACHE: options.compileCache }
    : process.env;
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'], env });
  const committed: [number, number][] = [];
  let readySeen = false;
  let stderr = '';
  // A child killed before go() closes its stdin: the write fails with EPIPE, which is expected.
  child.stdin.on('error', () => undefined);
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  const loaded = new Promise<void>((resolve) =>
    lines.on('line', (line) => line === 'loaded' && resolve()),
  );
  lines.on('line', (line) => {
    const [word, first, second] = line.split(' ');
    if (word === 'opening') options.onOpening?.();
    if (word === 'ready') {
      readySeen = true;
      options.onReady?.(Number(second));
    }
    if (word === 'committed') committed.push([Number(first), Number(second)]);
  });
  const finished = new Promise<AppenderRun>((resolve) => {
    child.on('close', (code, signal) => resolve({ committed, readySeen, signal, code, stderr }));
  });
  return {
    loaded,
    go: () => void child.stdin.end('go\n'),
    kill: () => void child.kill('SIGKILL'),
    finished,
  };
}
