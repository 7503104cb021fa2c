/**
 * Article files whose extension is not lower case (`Story.MD`, `note.Md`, as some editors and
 * Windows tools save them) are articles like any other, not files skipped without a word; and a
 * file that differs from another only by that case clashes with it like any two names of one slug.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticles } from '../../scripts/support/extract-articles.ts';
import { isArticleFile } from '../../src/lib/article-slugs.ts';
import { projectTopic } from '../support/fixtures.ts';

const root = join(import.meta.dirname, '..', '..');
const good = join(root, 'tests', 'fixtures', 'generate-cli', 'one-bad-article', 'articles', 'good.md');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A content folder holding the good fixture article under each of `names`. */
function contentWith(names: string[]): string {
  const content = join(mkdtempSync(join(tmpdir(), 'sourcebook-ext-')), 'content');
  dirs.push(join(content, '..'));
  mkdirSync(join(content, 'articles'), { recursive: true });
  cpSync(join(root, 'content', 'topic.yaml'), join(content, 'topic.yaml'));
  for (const name of names) cpSync(good, join(content, 'articles', name));
  return content;
}

describe('article files with an upper-case extension', () => {
  it('counts Markdown files of any extension case as articles, and nothing else', () => {
    expect(['a.md', 'b.MD', 'c.Md', 'd.mD'].every(isArticleFile)).toBe(true);
    expect(['a.markdown', 'a.md.txt', 'notes.txt', 'md'].some(isArticleFile)).toBe(false);
  });

  it('extracts Story.MD and note.Md as articles, with slugs from their names', async () => {
    const run = await extractArticles(contentWith(['Story.MD', 'note.Md', 'plain.md']), projectTopic(), {
      cacheDir: null,
      workers: 0,
    });
    expect(run.problems).toEqual([]);
    expect(run.articles.map((a) => a.source.id).sort()).toEqual(['note', 'plain', 'story']);
  });

  it('refuses story.md and Story.MD together, naming both, since they give one page address', async () => {
    const run = await extractArticles(contentWith(['story.md', 'Story.MD']), projectTopic(), {
      cacheDir: null,
      workers: 0,
      cwd: root,
    });
    expect(run.articles).toEqual([]);
    const files = run.problems.map((p) => p.file.split('/').pop()).sort();
    expect(files).toEqual(['Story.MD', 'story.md']);
  });
});
