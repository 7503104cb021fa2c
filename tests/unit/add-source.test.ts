import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSourceFile, deriveSlug } from '../../src/lib/add-source.ts';
import { InputError } from '../../src/lib/errors.ts';
import { parseSourceFile } from '../../src/lib/source-file.ts';
import { loadFixtures } from '../support/fixtures.ts';

interface ExpectedMeta {
  title: string | null;
  published: string | null;
  authors: string[];
  outlet: string | null;
}

describe('buildSourceFile writes a valid source file from a pasted article', () => {
  it.each(loadFixtures<ExpectedMeta>('metadata'))(
    'round-trips $name with the inferred frontmatter and the raw text',
    ({ name, input, expected }) => {
      const built = buildSourceFile(input, {}, `${name}.txt`);
      const parsed = parseSourceFile(built.content, `${built.slug}.md`);
      expect(parsed.frontmatter).toEqual({ ...expected, url: null });
      expect(parsed.body).toBe(input);
      expect(built.missing.map((m) => m.field)).toContain('url');
    },
  );

  it('lets flags override what was inferred and reports each missing field with its flag', () => {
    const raw =
      'Nov. 15, 2025\nFrance denounced the strikes as a violation of international law, officials said on Friday.\n';
    const built = buildSourceFile(
      raw,
      { outlet: 'Example Daily', authors: ['Jane Doe ', ' ', 'John Roe'], title: '' },
      'raw/article.txt',
    );
    expect(built.frontmatter).toEqual({
      title: null,
      outlet: 'Example Daily',
      url: null,
      published: '2025-11-15',
      authors: ['Jane Doe', 'John Roe'],
    });
    expect(built.inferred).toEqual([{ field: 'published', value: '2025-11-15', rule: 'dateline:date' }]);
    expect(built.fromFlags).toEqual(['title', 'outlet', 'authors']);
    expect(built.missing).toEqual([{ field: 'url', hint: expect.stringContaining('--url') }]);
    expect(built.slug).toBe('2025-11-15-article');
  });

  it('keeps CRLF text as the same lines with \\n line ends', () => {
    const built = buildSourceFile('\uFEFFFirst line of text.\r\nSecond line of text.\r\n', {}, 'a.txt');
    expect(built.body).toBe('First line of text.\nSecond line of text.\n');
  });

  it.each([
    ['an empty file', '', {}, /is empty/],
    ['whitespace only', ' \n\t\n', {}, /is empty/],
    ['NUL bytes', 'text\u0000more', {}, /binary/],
    ['a text that already has frontmatter', '---\ntitle: x\n---\nBody.', {}, /frontmatter/],
    [
      'an impossible --published date',
      'Some text of an article.',
      { published: '2025-02-30' },
      /--published "2025-02-30"/,
    ],
    ['a --published date in the wrong format', 'Some text of an article.', { published: '15/11/2025' }, /YYYY-MM-DD/],
    ['an invalid --url', 'Some text of an article.', { url: 'not a url' }, /url/],
    ['a --slug without letters', 'Some text of an article.', { slug: '---' }, /--slug/],
  ])('rejects %s with an error naming the file', (_name, raw, overrides, message) => {
    let error: unknown;
    try {
      buildSourceFile(raw, overrides, 'inbox/article.txt');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/^inbox\/article\.txt: /);
    expect((error as InputError).message).toMatch(message);
  });
});

describe('deriveSlug names the file after date and title', () => {
  it.each([
    [
      '2025-11-12',
      'Colombia Halts US Intelligence Sharing',
      'x.txt',
      '2025-11-12-colombia-halts-us-intelligence-sharing',
    ],
    [null, 'Türk: Strikes “Unacceptable”', 'x.txt', 'turk-strikes-unacceptable'],
    ['2025-11-12', null, 'inbox/Reuters Story.TXT', '2025-11-12-reuters-story'],
    [null, null, '___.txt', expect.stringMatching(/^source-[0-9a-z]{7}$/)],
    [
      null,
      'A '.repeat(20) + 'very long headline that goes on and on past any reasonable file name length',
      'x.txt',
      expect.stringMatching(/^[a-z-]{1,60}$/),
    ],
  ])('%s + %s', (published, title, file, slug) => {
    expect(deriveSlug(published, title, file)).toEqual(slug);
  });
});

describe('the add-source CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'add-source-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]): { status: number; stdout: string; stderr: string } => {
    try {
      const stdout = execFileSync('npx', ['tsx', 'scripts/add-source.ts', ...args], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
      return { status: 0, stdout, stderr: '' };
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      return { status: err.status, stdout: err.stdout, stderr: err.stderr };
    }
  };

  it('writes the file, reports what it inferred and what it could not, and refuses to overwrite without --force', () => {
    const raw = join(dir, 'raw.txt');
    writeFileSync(
      raw,
      'Nov. 15, 2025\nFrance denounced the strikes as a violation of international law, officials said on Friday.\nWrite to Jane Doe at jane.doe@wsj.com\n',
    );
    const out = join(dir, 'articles');
    const first = run(raw, '--out-dir', out, '--title', 'Allies Distance Themselves');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('inferred published: 2025-11-15');
    expect(first.stdout).toContain('inferred outlet: The Wall Street Journal');
    expect(first.stdout).toMatch(/not found url: .*--url/);
    const file = join(out, '2025-11-15-allies-distance-themselves.md');
    const parsed = parseSourceFile(readFileSync(file, 'utf8'), file);
    expect(parsed.frontmatter).toMatchObject({ title: 'Allies Distance Themselves', authors: ['Jane Doe'] });

    const second = run(raw, '--out-dir', out, '--title', 'Allies Distance Themselves');
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/2025-11-15-allies-distance-themselves\.md already exists.*--force/);
    expect(run(raw, '--out-dir', out, '--title', 'Allies Distance Themselves', '--force').status).toBe(0);
  }, 60_000);

  it('exits with code 1 and one clear line for an empty file', () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const result = run(empty, '--out-dir', join(dir, 'articles'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/empty\.txt: is empty\. Fix: /);
  }, 60_000);

  it('exits with code 1 and one line naming the file it could not write and the folder to pass instead', () => {
    const raw = join(dir, 'raw-unwritable.txt');
    writeFileSync(raw, 'Nov. 15, 2025\nFrance denounced the strikes, officials said on Friday.\n');
    writeFileSync(join(dir, 'a-file'), '');
    const result = run(raw, '--out-dir', join(dir, 'a-file', 'articles'), '--title', 'Allies');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /a-file[/\\]articles[/\\]2025-11-15-allies\.md: expected to write the new article here, but .*ENOTDIR.*\. Fix: pass --out-dir <a writable folder>/,
    );
    expect(result.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});
