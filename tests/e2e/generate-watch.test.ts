/**
 * `generate --watch`, the long-lived generator the dev server runs: it regenerates after each burst
 * of changes to its inputs, from the articles it holds in memory, and leaves byte for byte what a
 * one-off run without any cache gives; a bad article is reported and the watcher keeps going.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArgs, generatedOutputs, projectNode } from '../support/generate-run.ts';

const root = join(import.meta.dirname, '..', '..');
let dir: string;
let watcher: ChildProcess;
let output = '';
/** Runs the watcher has reported so far (one "done in" line each). */
const runsReported = () => output.match(/^generate: done in /gm)?.length ?? 0;

/** Waits until the watcher has reported `n` runs, and returns what it printed for the last one. */
async function runNumber(n: number, timeoutMs = 80_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  while (runsReported() < n) {
    if (Date.now() > until) throw new Error(`expected run ${n} of the watcher, found ${runsReported()}:\n${output}`);
    if (watcher.exitCode !== null) throw new Error(`the watcher exited (${watcher.exitCode}):\n${output}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  const runs = output.split(/^(?=generate: \d+ articles \()/m);
  return runs[runs.length - 1]!;
}

/** What a one-off run without any cache writes for the watched folder's current articles. */
function coldOutputs(): Map<string, string> {
  const cold = join(dir, `cold-${Math.random().toString(36).slice(2)}`);
  cpSync(join(dir, 'warm', 'content', 'articles'), join(cold, 'content', 'articles'), { recursive: true });
  cpSync(join(dir, 'warm', 'content', 'topic.yaml'), join(cold, 'content', 'topic.yaml'));
  execFileSync(projectNode, [...generateArgs(cold), '--no-cache'], { cwd: root, stdio: 'pipe' });
  return generatedOutputs(cold);
}

const article = (name: string) => join(dir, 'warm', 'content', 'articles', name);
const names = () =>
  readdirSync(join(dir, 'warm', 'content', 'articles'))
    .filter((f) => f.endsWith('.md'))
    .sort();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sourcebook-watch-'));
  cpSync(join(root, 'content', 'articles'), join(dir, 'warm', 'content', 'articles'), { recursive: true });
  cpSync(join(root, 'content', 'topic.yaml'), join(dir, 'warm', 'content', 'topic.yaml'));
  watcher = spawn(projectNode, [...generateArgs(join(dir, 'warm')), '--watch'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  watcher.stdout!.on('data', (b: Buffer) => (output += b.toString()));
  watcher.stderr!.on('data', (b: Buffer) => (output += b.toString()));
  await runNumber(1);
});
afterAll(() => {
  watcher?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

// Each step waits for a run of the watcher and may compare with a one-off run: room on a loaded machine.
describe('generate --watch', { timeout: 90_000 }, () => {
  it('regenerates after an article changed, extracting only that one, and leaves what a run without a cache gives', async () => {
    const name = names()[0]!;
    appendFileSync(article(name), '\nThe weather was mild that week.\n');
    const run = await runNumber(2);
    expect(run).toMatch(/4 from cache, 1 extracted/);
    // Its source page and sources.json, which holds its text.
    expect(run).toMatch(/, 2 files written;/);
    expect(generatedOutputs(join(dir, 'warm'))).toEqual(coldOutputs());
  });

  it('makes one run of a burst of changes to several articles', async () => {
    for (const name of names().slice(1, 4)) appendFileSync(article(name), '\nThe weather turned cold.\n');
    const run = await runNumber(3);
    expect(run).toMatch(/2 from cache, 3 extracted/);
    // No fourth run follows the burst.
    await new Promise((r) => setTimeout(r, 500));
    expect(runsReported()).toBe(3);
    expect(generatedOutputs(join(dir, 'warm'))).toEqual(coldOutputs());
  });

  it('ignores files it does not read', async () => {
    writeFileSync(join(dir, 'warm', 'content', 'articles', 'notes.txt'), 'not an article');
    writeFileSync(join(dir, 'warm', 'content', 'README.txt'), 'not an input');
    await new Promise((r) => setTimeout(r, 500));
    expect(runsReported()).toBe(3);
  });

  it('reports a broken article with its file and line, keeps the others, and recovers when it is fixed', async () => {
    const name = names()[4]!;
    const good = readFileSync(article(name), 'utf8');
    writeFileSync(article(name), good.replace(/^title: .*$/m, 'title: [unclosed'));
    const broken = await runNumber(4);
    expect(broken).toMatch(new RegExp(`${name.replace(/\./g, '\\.')}:\\d+`));
    expect(broken).toMatch(/1 problem\(s\) stopped the build/);
    expect(watcher.exitCode).toBeNull();
    writeFileSync(article(name), good);
    const fixed = await runNumber(5);
    expect(fixed).not.toMatch(/problem/);
    expect(generatedOutputs(join(dir, 'warm'))).toEqual(coldOutputs());
  });

  it('re-extracts every article when the topic config changes', async () => {
    appendFileSync(join(dir, 'warm', 'content', 'topic.yaml'), '\n# a comment a contributor added\n');
    const run = await runNumber(6);
    expect(run).toMatch(/0 from cache, 5 extracted/);
  });

  it('stops on SIGTERM', async () => {
    watcher.kill('SIGTERM');
    await new Promise((r) => watcher.once('exit', r));
    expect(watcher.exitCode).toBe(0);
  });
});
