import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

const CHILD = fileURLToPath(new URL('./lease-holder-process.ts', import.meta.url));

export interface LeaseChild {
  /** Resolves with the child's first line: "claimed" or "refused". */
  readonly answer: Promise<string>;
  /** SIGKILL, as a crash or the OOM killer would; resolves once it has exited. */
  kill(): Promise<void>;
}

/** A collector in another process claiming the store (testing/lease-holder-process.ts). */
export function startLeaseChild(config: pg.ClientConfig, name: string): LeaseChild {
  const child: ChildProcess = spawn(process.execPath, [CHILD, name], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DIJKWACHT_TEST_PG: JSON.stringify(config) },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout! });
  const answer = new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    void exited.then(() => reject(new Error(`the lease child exited: ${stderr}`)));
  });
  return {
    answer,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
