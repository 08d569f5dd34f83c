import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin.mjs', import.meta.url));

/**
 * A `dijkwacht collect` process, as a war room runs it (Node 24 = this test's node), whose
 * stderr lines the test can wait for: "standby —", "collecting into".
 */
export class CollectProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  #stderr = '';
  readonly #waiters = new Set<() => void>();

  private constructor(child: ChildProcess) {
    this.child = child;
    child.stderr?.setEncoding('utf8').on('data', (text: string) => {
      this.#stderr += text;
      for (const waiter of this.#waiters) waiter();
    });
    child.stdout?.resume();
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  static start(
    args: { config: string; db: string },
    env: Readonly<Record<string, string | undefined>>,
  ): CollectProcess {
    const child = spawn(
      process.execPath,
      [BIN, 'collect', '--config', args.config, '--db', args.db],
      { env: { ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    return new CollectProcess(child);
  }

  get stderr(): string {
    return this.#stderr;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** Resolves once stderr holds `text`; rejects after `timeoutMs` or if the process exits first. */
  async said(text: string, timeoutMs = 30_000): Promise<void> {
    if (this.#stderr.includes(text)) return;
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!this.#stderr.includes(text)) return;
        done();
        resolve();
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`collect ${this.pid} did not say "${text}"; stderr:\n${this.#stderr}`));
      }, timeoutMs);
      const exited = () => {
        done();
        reject(new Error(`collect ${this.pid} exited before "${text}"; stderr:\n${this.#stderr}`));
      };
      const done = () => {
        clearTimeout(timer);
        this.#waiters.delete(check);
        this.child.off('exit', exited);
      };
      this.#waiters.add(check);
      this.child.once('exit', exited);
    });
  }

  kill(signal: NodeJS.Signals): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
  }

  /** SIGTERM (a clean stop), SIGKILL if it has not exited within `graceMs`. */
  async stop(graceMs = 15_000): Promise<number | null> {
    this.kill('SIGTERM');
    const timer = setTimeout(() => this.kill('SIGKILL'), graceMs);
    try {
      return await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }
}
