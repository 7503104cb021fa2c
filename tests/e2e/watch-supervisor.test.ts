/**
 * The supervisor `generate --watch` runs (scripts/support/watch-supervisor.ts), around a stand-in
 * child: a child that fails (edited code that does not load) is reported and started again at the
 * next change to the code, instead of ending the watching; a signal stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectNode } from '../support/generate-run.ts';

const root = join(import.meta.dirname, '..', '..');
let dir: string;
let supervisor: ChildProcess;
let output = '';
const starts = () => output.match(/^child up$/gm)?.length ?? 0;

async function until(ready: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > end) throw new Error(`expected ${what}, found:\n${output}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sourcebook-supervisor-'));
  mkdirSync(join(dir, 'code'));
  // The child says it is up, then exits with the code in `mode`, or keeps running if it says "run".
  writeFileSync(join(dir, 'mode'), '3');
  const child = `const m = require('node:fs').readFileSync(${JSON.stringify(join(dir, 'mode'))}, 'utf8');
console.log('child up'); if (m === 'run') setInterval(() => {}, 1000); else process.exit(Number(m));`;
  const driver = join(dir, 'driver.ts');
  writeFileSync(
    driver,
    `import { superviseWatch } from ${JSON.stringify(pathToFileURL(join(root, 'scripts', 'support', 'watch-supervisor.ts')).href)};
superviseWatch({ command: [process.execPath, '-e', ${JSON.stringify(child)}], codeFolders: [${JSON.stringify(join(dir, 'code'))}] });
`,
  );
  supervisor = spawn(projectNode, [driver], { stdio: ['ignore', 'pipe', 'pipe'] });
  supervisor.stdout!.on('data', (b: Buffer) => (output += b.toString()));
  supervisor.stderr!.on('data', (b: Buffer) => (output += b.toString()));
});
afterAll(() => {
  supervisor?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('superviseWatch', { timeout: 60_000 }, () => {
  it('reports a child that failed and keeps watching the code', async () => {
    await until(
      () => /the generator stopped \(exit code 3\); fix what it printed above and save/.test(output),
      'a report',
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(supervisor.exitCode).toBeNull();
    expect(starts()).toBe(1);
  });

  it('starts the child again when the code changes', async () => {
    writeFileSync(join(dir, 'mode'), 'run');
    writeFileSync(join(dir, 'code', 'rule.ts'), 'export const fixed = true;\n');
    await until(() => starts() === 2, 'the child started again');
    expect(output).toMatch(/the generator's code changed \(.*rule\.ts\); restarting with it/);
  });

  it('stops with its child on SIGTERM', async () => {
    supervisor.kill('SIGTERM');
    await new Promise((r) => supervisor.once('exit', r));
    expect(supervisor.exitCode).toBe(0);
  });
});
