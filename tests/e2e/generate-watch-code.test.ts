/**
 * `generate --watch` when the generator's own code changes: the process the dev server started
 * replaces the generator it runs with a fresh one, which loads the edited code (here a stand-in
 * code folder, SOURCEBOOK_WATCH_CODE, since a test must not edit the project's), and keeps watching.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArgs, projectNode } from '../support/generate-run.ts';

const root = join(import.meta.dirname, '..', '..');
let dir: string;
let code: string;
let watcher: ChildProcess;
let output = '';
const count = (re: RegExp) => output.match(re)?.length ?? 0;
const runs = () => count(/^generate: done in /gm);

/** Waits until `ready` holds, failing with the output so far after `timeoutMs`. */
async function until(ready: () => boolean, what: string, timeoutMs = 80_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > end) throw new Error(`expected ${what}, found:\n${output}`);
    if (watcher.exitCode !== null) throw new Error(`the watcher exited (${watcher.exitCode}):\n${output}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sourcebook-watch-code-'));
  code = join(dir, 'code');
  mkdirSync(join(code, 'extract'), { recursive: true });
  writeFileSync(join(code, 'extract', 'rule.ts'), 'export const rule = 1;\n');
  cpSync(join(root, 'content', 'articles'), join(dir, 'work', 'content', 'articles'), { recursive: true });
  cpSync(join(root, 'content', 'topic.yaml'), join(dir, 'work', 'content', 'topic.yaml'));
  watcher = spawn(projectNode, [...generateArgs(join(dir, 'work')), '--watch'], {
    cwd: root,
    env: { ...process.env, SOURCEBOOK_WATCH_CODE: code },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  watcher.stdout!.on('data', (b: Buffer) => (output += b.toString()));
  watcher.stderr!.on('data', (b: Buffer) => (output += b.toString()));
  await until(() => runs() === 1, 'a first run');
});
afterAll(() => {
  watcher?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

describe('generate --watch, when the code changes', { timeout: 90_000 }, () => {
  it('restarts the generator with the edited code, which reads the articles back from the cache', async () => {
    appendFileSync(join(code, 'extract', 'rule.ts'), 'export const other = 2;\n');
    await until(() => runs() === 2, 'a run after the restart');
    expect(output).toMatch(/the generator's code changed \(.*rule\.ts\); restarting with it/);
    // A new process: nothing in memory, everything in the cache.
    expect(output.split(/restarting with it/)[1]).toMatch(/5 from cache, 0 extracted/);
  });

  it('does not restart for files that are not code', async () => {
    writeFileSync(join(code, 'notes.md'), 'not code');
    await new Promise((r) => setTimeout(r, 800));
    expect(count(/restarting with it/g)).toBe(1);
    expect(runs()).toBe(2);
  });

  it('still regenerates after an article changed, in the restarted generator', async () => {
    const articles = join(dir, 'work', 'content', 'articles');
    appendFileSync(join(articles, readdirSync(articles).sort()[0]!), '\nA mild week.\n');
    await until(() => runs() === 3, 'a run after the article changed');
    expect(output.split(/^generate: \d+ articles \(/m).pop()).toMatch(/^4 from cache, 1 extracted/);
  });

  it('stops, with the generator it runs, on SIGTERM', async () => {
    watcher.kill('SIGTERM');
    await new Promise((r) => watcher.once('exit', r));
    expect(watcher.exitCode).toBe(0);
  });
});
