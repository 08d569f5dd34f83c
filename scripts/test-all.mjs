// `npm test`: every layer in turn — types, lint, Electron security scan, unit (Node),
// components (jsdom), screens (Chromium, Electron) — then one closing line with the totals
// that CI reads.
import { spawn } from 'node:child_process';

const STEPS = [
  { name: 'typecheck', command: 'npm', args: ['run', '--silent', 'typecheck'] },
  { name: 'lint', command: 'npm', args: ['run', '--silent', 'lint'] },
  { name: 'cycles', command: process.execPath, args: ['scripts/check-cycles.mjs', '--strict'] },
  { name: 'electronegativity', command: process.execPath, args: ['scripts/electronegativity.mjs'] },
  { name: 'unit', command: 'npm', args: ['run', '--silent', 'test:unit'], count: countNodeTest },
  {
    name: 'components',
    command: 'npm',
    args: ['run', '--silent', 'test:components'],
    count: countVitest,
  },
  { name: 'e2e', command: 'npm', args: ['run', '--silent', 'test:e2e'], count: countPlaywright },
];

const stripAnsi = (text) =>
  text.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
const number = (text, pattern) => Number(pattern.exec(text)?.[1] ?? 0);

function countNodeTest(output) {
  return {
    passed: number(output, /ℹ pass (\d+)/),
    failed: number(output, /ℹ fail (\d+)/),
    skipped: number(output, /ℹ skipped (\d+)/),
  };
}

function countVitest(output) {
  // The summary line, not the "Failed Tests 1" banner that precedes it when a test fails.
  const line = /^\s*Tests\s+(.*)/m.exec(output)?.[1] ?? '';
  return {
    passed: number(line, /(\d+) passed/),
    failed: number(line, /(\d+) failed/),
    skipped: number(line, /(\d+) skipped/),
  };
}

function countPlaywright(output) {
  return {
    passed: number(output, /^\s*(\d+) passed/m),
    failed: number(output, /^\s*(\d+) failed/m),
    skipped: number(output, /^\s*(\d+) skipped/m),
  };
}

function run(step) {
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const relay = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', relay(process.stdout));
    child.stderr.on('data', relay(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output: stripAnsi(output) }));
  });
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
for (const step of STEPS) {
  console.log(`\n=== ${step.name} ===`);
  const { code, output } = await run(step);
  if (step.count) {
    const counts = step.count(output);
    for (const key of Object.keys(totals)) totals[key] += counts[key];
    console.log(
      `--- ${step.name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
    );
  }
  if (code !== 0) failedSteps.push(step.name);
}

if (failedSteps.length > 0) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
// A step that failed without counting a failed test (a type error, a crash) still fails the run.
const failed = Math.max(totals.failed, failedSteps.length > 0 && totals.failed === 0 ? 1 : 0);
console.log(`\n${totals.passed} passed, ${failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length > 0 ? 1 : 0);
