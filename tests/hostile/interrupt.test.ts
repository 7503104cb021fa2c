/**
 * Safe failure: the generator is killed (SIGKILL, no chance to clean up) at several moments of a
 * run, including in the middle of writing pages. Every file left in the content folder must be
 * whole, and the next run must succeed and give exactly what an uninterrupted run gives.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../scripts/support/fs.ts';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const articles = listFiles(join(root, 'content', 'articles'), '.md');

let tmp: string;
const stateDir = (name: string) => join(tmp, name);
const generateArgs = (dir: string) => [
  'scripts/generate.ts',
  '--content',
  join(dir, 'content'),
  '--data-out',
  join(dir, 'data'),
];

/** A folder in the "old" state: four articles generated; the fifth added since, not yet generated. */
function oldState(name: string): string {
  const dir = stateDir(name);
  cpSync(stateDir('old'), dir, { recursive: true });
  return dir;
}

function generateSync(dir: string) {
  return spawnSync(tsx, generateArgs(dir), { cwd: root, encoding: 'utf8' });
}

/** Every file of the generated pages and data, by path. */
function snapshot(dir: string): Map<string, string> {
  return new Map(
    [...listFiles(join(dir, 'content', 'generated'), ''), ...listFiles(join(dir, 'data'), '')].map((f) => [
      relative(dir, f),
      readFileSync(f, 'utf8'),
    ]),
  );
}

/** Runs the generator on `dir` and kills it (the whole process group) once `when` says so. */
function generateAndKill(dir: string, when: { writes: number } | { afterMs: number }): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(tsx, generateArgs(dir), { cwd: root, detached: true, stdio: 'ignore' });
    const kill = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already finished.
      }
    };
    const watchers: ReturnType<typeof watch>[] = [];
    if ('writes' in when) {
      let seen = 0;
      for (const d of [join(dir, 'content', 'generated'), join(dir, 'data')]) {
        watchers.push(
          watch(d, { recursive: true }, () => {
            if (++seen >= when.writes) kill();
          }),
        );
      }
    } else setTimeout(kill, when.afterMs);
    child.on('exit', () => {
      for (const w of watchers) w.close();
      // The writer is tsx's child process: wait until the whole group is gone, as before any later run.
      const deadline = Date.now() + 5000;
      const gone = () => {
        try {
          process.kill(-child.pid!, 0);
          // A zombie nobody reaps keeps the group alive; the sweep treats zombies as dead anyway.
          if (Date.now() > deadline) resolve();
          else setTimeout(gone, 20);
        } catch {
          resolve();
        }
      };
      gone();
    });
  });
}

let expected: Map<string, string>;
let fullRunMs: number;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'sourcebook-interrupt-'));
  const old = stateDir('old');
  cpSync(join(root, 'content', 'topic.yaml'), join(old, 'content', 'topic.yaml'));
  for (const f of articles.slice(0, -1))
    cpSync(f, join(old, 'content', 'articles', relative(join(root, 'content', 'articles'), f)));
  expect(generateSync(old).status).toBe(0);
  const last = articles.at(-1)!;
  cpSync(last, join(old, 'content', 'articles', relative(join(root, 'content', 'articles'), last)));

  const reference = oldState('reference');
  const started = Date.now();
  expect(generateSync(reference).status).toBe(0);
  fullRunMs = Date.now() - started;
  expected = snapshot(reference);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.each([
  { at: 'the first write', when: { writes: 1 } },
  { at: 'the twelfth write, in the middle of the pages', when: { writes: 12 } },
  { at: 'half the run', when: 'half' as const },
])('the generator killed at $at', ({ at, when }) => {
  it('leaves only whole files, and the next run succeeds with the output of an uninterrupted run', async () => {
    const dir = oldState(at.replace(/\W+/g, '-'));
    await generateAndKill(dir, when === 'half' ? { afterMs: fullRunMs / 2 } : when);

    for (const [file, text] of snapshot(dir)) {
      if (file.endsWith('.tmp')) continue;
      if (file.endsWith('.json')) expect(() => JSON.parse(text), file).not.toThrow();
      if (file.endsWith('.mdx')) {
        expect(text.startsWith('---\n'), file).toBe(true);
        await compile(text.replace(/^---\n[\s\S]*?\n---\n/, ''));
      }
    }

    const rerun = generateSync(dir);
    expect(rerun.stderr).toBe('');
    expect(rerun.status).toBe(0);
    expect(snapshot(dir)).toEqual(expected);
  });
});

describe('a temporary file left by a killed run', () => {
  it('is removed by the next run, while the page it was replacing is written whole', () => {
    const dir = oldState('stale-temp');
    const page = join(dir, 'content', 'generated', 'index.mdx');
    // A pid far above Linux's pid_max belongs to no running process.
    const stale = `${page}.99999999.tmp`;
    writeFileSync(stale, readFileSync(page, 'utf8').slice(0, 100));
    expect(generateSync(dir).status).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(snapshot(dir)).toEqual(expected);
  });
});
