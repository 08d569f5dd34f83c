import { execFileSync } from 'node:child_process';

/** Tests run against a fresh build of the shipped renderer, never a leftover one. */
export default function globalSetup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
