/**
 * writeDataFiles with its memo: the published data files hold exactly what serialising every
 * article's records gives, and after a change only the files an article's changed records are in
 * are rewritten; a file removed or edited by hand is written again.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDataFiles } from '../../src/lib/generate/data-files.ts';
import type { ArticleData } from '../../src/lib/pipeline.ts';
import { dataArticle } from '../support/data-article.ts';
import { writeDataFiles } from '../../scripts/support/write-data-files.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'write-data-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const article = dataArticle;

const data = join('data');
const keysOf = (articles: ArticleData[], version: string) =>
  new Map(articles.map((a) => [a.source.id, `${a.source.id}-${version}`]));
const run = (articles: ArticleData[], version: string) =>
  writeDataFiles(articles, join(dir, data), keysOf(articles, version), join(dir, 'memo.json')).map((f) =>
    f.slice(dir.length + 1),
  );
const onDisk = (name: string) => readFileSync(join(dir, data, name), 'utf8');

describe('writeDataFiles', () => {
  it('writes every file on a first run, byte for byte what serialising all records at once gives', () => {
    const articles = [article('a', 'One.'), article('b', 'Two.')];
    expect(run(articles, '1').sort()).toEqual(
      Object.keys(buildDataFiles(articles))
        .map((n) => join(data, n))
        .sort(),
    );
    for (const [name, text] of Object.entries(buildDataFiles(articles))) expect(onDisk(name)).toBe(text);
  });

  it('rewrites only the files whose records changed, and nothing when nothing did', () => {
    run([article('a', 'One.'), article('b', 'Two.')], '1');
    expect(run([article('a', 'One.'), article('b', 'Two.')], '1')).toEqual([]);
    const changed = [article('a', 'One.'), article('b', 'Two, again.')];
    expect(run(changed, '2')).toEqual([join(data, 'quotes.json')]);
    expect(onDisk('quotes.json')).toBe(buildDataFiles(changed)['quotes.json']);
  });

  it('writes again a file removed or edited by hand since, though its records are unchanged', () => {
    const articles = [article('a', 'One.')];
    run(articles, '1');
    rmSync(join(dir, data, 'sources.json'));
    writeFileSync(join(dir, data, 'quotes.json'), '[]\n');
    expect(run(articles, '1').sort()).toEqual([join(data, 'quotes.json'), join(data, 'sources.json')]);
    expect(onDisk('quotes.json')).toBe(buildDataFiles(articles)['quotes.json']);
    expect(run(articles, '1')).toEqual([]);
  });

  it('copies the parts of unchanged articles from the file it replaces instead of serialising them again', () => {
    const first = [article('a', 'One “quoted” é.'), article('b', 'Two.'), article('c', 'Three ü.')];
    run(first, '1');
    // The unchanged articles' records now refuse to be serialised: only the changed one may be.
    const refuse = (a: ArticleData): ArticleData => {
      const records = a.quotes.map((q) => ({ ...q, toJSON: () => expect.unreachable(`${q.id} serialised again`) }));
      return { ...a, quotes: records } as ArticleData;
    };
    const second = [refuse(first[0]!), article('b', 'Two, now “changed”.'), refuse(first[2]!)];
    const keys = new Map([
      ['a', 'a-1'],
      ['b', 'b-2'],
      ['c', 'c-1'],
    ]);
    expect(writeDataFiles(second, join(dir, data), keys, join(dir, 'memo.json'))).toEqual([
      join(dir, data, 'quotes.json'),
    ]);
    const expected = [first[0]!, article('b', 'Two, now “changed”.'), first[2]!];
    expect(onDisk('quotes.json')).toBe(buildDataFiles(expected)['quotes.json']);
  });

  it.each([
    ['an article added before the others', (a: ArticleData[]) => [article('0', 'New “zero”.'), ...a]],
    ['an article removed', (a: ArticleData[]) => [a[1]!, a[2]!]],
    ['the articles in another order', (a: ArticleData[]) => [a[2]!, a[0]!, a[1]!]],
    ['an article without records', (a: ArticleData[]) => [...a, { ...article('z', ''), quotes: [] } as ArticleData]],
  ])('writes, after %s, the bytes serialising every record gives', (_, change) => {
    const before = [article('a', 'One “é”.'), article('b', 'Two.'), article('c', 'Three.')];
    run(before, '1');
    // Twice: the second run copies from a file the first one wrote by copying. A changed article
    // has a new key, as the extraction cache's keys change with the article.
    for (const round of ['2', '3']) {
      const after = change(before).map((a) => (a.source.id === 'b' ? article('b', `Two, round ${round} “ü”.`) : a));
      const keys = new Map(after.map((a) => [a.source.id, `${a.source.id}-${a.source.id === 'b' ? round : '1'}`]));
      expect(writeDataFiles(after, join(dir, data), keys, join(dir, 'memo.json')).length).toBeGreaterThan(0);
      for (const [name, text] of Object.entries(buildDataFiles(after))) expect(onDisk(name)).toBe(text);
    }
  });

  it('writes a file whole when the memo does not say where its parts are', () => {
    const before = [article('a', 'One.'), article('b', 'Two.')];
    run(before, '1');
    const memoFile = join(dir, 'memo.json');
    const memo = JSON.parse(readFileSync(memoFile, 'utf8')) as { files: Record<string, { lengths: number[] }> };
    // A memo written before the lengths were kept, or one that does not match the file.
    memo.files['quotes.json']!.lengths = [];
    memo.files['sources.json']!.lengths = [1, 2];
    writeFileSync(memoFile, JSON.stringify(memo));
    const after = [article('a', 'One, again.'), article('b', 'Two.')].map((a) => ({
      ...a,
      source: { ...a.source, title: `${a.source.title}!` },
    }));
    expect(run(after, '2').sort()).toEqual([join(data, 'quotes.json'), join(data, 'sources.json')]);
    for (const [name, text] of Object.entries(buildDataFiles(after))) expect(onDisk(name)).toBe(text);
  });
});
