/**
 * Runs the generate CLI on a content folder with bad articles: the build must stop with one
 * clear message per problem (file, line, fix), while the good article is still generated.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
let dir: string;
let result: { status: number; stdout: string; stderr: string };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sourcebook-cli-'));
  cpSync(join(root, 'tests', 'fixtures', 'generate-cli', 'one-bad-article'), join(dir, 'content'), { recursive: true });
  cpSync(join(root, 'content', 'topic.yaml'), join(dir, 'content', 'topic.yaml'));
  const args = ['tsx', 'scripts/generate.ts', '--content', join(dir, 'content'), '--data-out', join(dir, 'data')];
  try {
    const stdout = execFileSync('npx', args, { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    result = { status: 0, stdout, stderr: '' };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    result = { status: err.status, stdout: err.stdout, stderr: err.stderr };
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The temporary files left under `folder` (none, when every write was whole or cleaned up).
const tempFiles = (folder: string) =>
  readdirSync(folder, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.tmp'));

// Runs `test` in a new folder holding a copy of the bundled articles and topic in `content/`.
const withContent = (test: (work: string) => void) => {
  const work = mkdtempSync(join(tmpdir(), 'sourcebook-cli-'));
  try {
    cpSync(join(root, 'content', 'articles'), join(work, 'content', 'articles'), { recursive: true });
    cpSync(join(root, 'content', 'topic.yaml'), join(work, 'content', 'topic.yaml'));
    test(work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
};

describe('npm run generate with bad articles', () => {
  it('exits non-zero', () => {
    expect(result.status).toBe(1);
  });

  it('names each bad file with its line, what is wrong and what to do', () => {
    expect(result.stderr).toMatch(
      /articles[/\\]bad-date\.md:5: "published": this date does not exist in the calendar\. Fix: /,
    );
    expect(result.stderr).toMatch(/articles[/\\]bad-yaml\.md:\d+: invalid YAML: .+\. Fix: /);
  });

  it('still generates the good article, its data and the section pages', () => {
    expect(existsSync(join(dir, 'content', 'generated', 'sources', 'good.json'))).toBe(true);
    expect(existsSync(join(dir, 'content', 'generated', 'index.mdx'))).toBe(true);
    const sources = JSON.parse(readFileSync(join(dir, 'data', 'sources.json'), 'utf8')) as Array<{ id: string }>;
    expect(sources.map((s) => s.id)).toEqual(['good']);
  });

  it('leaves no temporary files behind', () => {
    expect(tempFiles(dir)).toEqual([]);
  });
});

describe('npm run generate with a cache folder it cannot write', () => {
  it('stops before writing anything, naming the folder and what to pass instead', () => {
    withContent((work) => {
      writeFileSync(join(work, 'a-file'), '');
      const cache = join(work, 'a-file', 'cache');
      const args = ['scripts/generate.ts', '--content', join(work, 'content'), '--data-out', join(work, 'data')];
      const run = spawnSync('npx', ['tsx', ...args, '--cache', cache], { cwd: root, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`a-file${sep}cache: expected a cache folder this run can write to`);
      expect(run.stderr).toContain('ENOTDIR');
      expect(run.stderr).toContain('Fix: pass --cache <a writable folder>, or --no-cache');
      // Not blamed on the topic, not reported as a bug, and nothing half-done.
      expect(run.stderr).not.toContain('report this as a bug');
      expect(existsSync(join(work, 'data'))).toBe(false);
      expect(existsSync(join(work, 'content', 'generated'))).toBe(false);
    });
  });
});

// A file the system refuses mid-run (a full disk, a file where a folder should be) is named with
// the reason and what to do, on one line: not a stack trace, and no half-written file left.
describe.each([0, 2])('npm run generate on %i worker threads, with a file it cannot write', (workers) => {
  const generate = (work: string, extra: string[]) => {
    const args = ['scripts/generate.ts', '--content', join(work, 'content'), '--workers', String(workers), ...extra];
    return spawnSync('npx', ['tsx', ...args], { cwd: root, encoding: 'utf8' });
  };
  const expectOneLine = (stderr: string) => {
    expect(stderr).not.toContain('report this as a bug');
    expect(stderr).not.toMatch(/^\s+at /m);
  };

  it('stops at a source page the cache cannot store, naming it, and leaves no temporary file', () => {
    withContent((work) => {
      mkdirSync(join(work, 'cache'));
      writeFileSync(join(work, 'cache', 'source-pages'), 'not a folder');
      const run = generate(work, ['--data-out', join(work, 'data'), '--cache', join(work, 'cache')]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(
        /cache[/\\]source-pages[/\\][0-9a-f]{64}\.json: expected to write this file, but it could not be written \(a file stands where a folder of its path should be, ENOTDIR\); generate stopped/,
      );
      expect(run.stderr).toContain(
        'Fix: move away what stands in the way and run again, or pass --cache <another folder>, or --no-cache',
      );
      expectOneLine(run.stderr);
      expect(tempFiles(work)).toEqual([]);
    });
  });

  it('stops at a data file it cannot write, naming it, and leaves no temporary file', () => {
    withContent((work) => {
      mkdirSync(join(work, 'data', 'sources.json', 'a folder'), { recursive: true });
      const run = generate(work, ['--data-out', join(work, 'data'), '--no-cache']);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(
        /data[/\\]sources\.json: expected to write this file, but it could not be written \(a folder stands where the file should be, EISDIR\)/,
      );
      expect(run.stderr).toContain('Fix: move away what stands in the way and run again');
      expect(run.stderr).not.toContain('--no-cache');
      expectOneLine(run.stderr);
      expect(tempFiles(work)).toEqual([]);
    });
  });
});
