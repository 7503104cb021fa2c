/**
 * Runs the generate CLI on a content folder with bad articles: the build must stop with one
 * clear message per problem (file, line, fix), while the good article is still generated.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    const all = readdirSync(dir, { recursive: true }).map(String);
    expect(all.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
