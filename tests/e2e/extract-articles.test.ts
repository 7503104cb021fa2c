/**
 * The extraction half of `npm run generate` on a temporary content folder: the content-hash cache
 * (hits, misses, corrupt entries) and the worker-thread pool, which must give the same data as
 * extracting in one thread.
 */
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticles } from '../../scripts/support/extract-articles.ts';
import { sourcePageFile, sourcePageKey } from '../../scripts/support/source-page-cache.ts';
import { articleSummary, summarizeArticle } from '../../src/lib/article-summary.ts';
import { projectTopic } from '../support/fixtures.ts';

const root = join(import.meta.dirname, '..', '..');
let dir: string;
let content: string;
let cache: string;
const topic = projectTopic();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sourcebook-extract-'));
  content = join(dir, 'content');
  cache = join(dir, 'cache');
  cpSync(join(root, 'content', 'articles'), join(content, 'articles'), { recursive: true });
  cpSync(join(root, 'content', 'topic.yaml'), join(content, 'topic.yaml'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extractArticles', () => {
  const count = readdirSync(join(root, 'content', 'articles')).filter((f) => f.endsWith('.md')).length;

  it('extracts every article on a cold cache and reads them all from it the next time, unchanged', async () => {
    const cold = await extractArticles(content, topic, { cacheDir: cache, workers: 0 });
    expect([cold.cached, cold.extracted]).toEqual([0, count]);
    // Each entry is a head, and a file of the records and the segmented text (read only when a page needs them).
    const files = readdirSync(cache);
    expect(files.filter((f) => f.endsWith('.data.json'))).toHaveLength(count);
    expect(files.filter((f) => /^[0-9a-f]{64}\.json$/.test(f))).toHaveLength(count);
    expect(files).toHaveLength(2 * count);
    const warm = await extractArticles(content, topic, { cacheDir: cache, workers: 0 });
    expect([warm.cached, warm.extracted]).toEqual([count, 0]);
    expect(JSON.parse(JSON.stringify(warm.articles))).toEqual(JSON.parse(JSON.stringify(cold.articles)));
    // The summaries read with the heads are what the records give.
    expect(warm.articles.map(articleSummary)).toEqual(cold.articles.map((a) => summarizeArticle(a)));
  });

  it("reads an article's records only when one is asked for, and names the file when it is gone", async () => {
    const warm = await extractArticles(content, topic, { cacheDir: cache, workers: 0 });
    const art = warm.articles[0]!;
    const body = join(cache, `${warm.keys.get(art.source.id)}.data.json`);
    const saved = readFileSync(body);
    rmSync(body);
    try {
      // What page planning reads comes from the head alone.
      expect(art.source.id).toBeTruthy();
      expect(art.source.text.length).toBeGreaterThan(0);
      expect(articleSummary(art).quotes).toBeGreaterThan(0);
      expect(() => art.quotes).toThrow(/expected part of an extracted article in .*\.data\.json, found it missing/);
    } finally {
      writeFileSync(body, saved);
    }
    expect(art.quotes).toHaveLength(articleSummary(art).quotes);
  });

  it('writes cache entries as ASCII-only JSON, which is read back faster', () => {
    const entries = readdirSync(cache).filter((f) => f.endsWith('.json'));
    expect(entries.length).toBeGreaterThan(0);
    // The seed articles are full of curly quotes, so an entry written raw would fail this.
    for (const f of entries) expect(readFileSync(join(cache, f), 'latin1')).toMatch(/^[\x20-\x7e]*$/);
  });

  it('re-extracts only the article that changed', async () => {
    const name = readdirSync(join(content, 'articles')).sort()[0]!;
    appendFileSync(join(content, 'articles', name), '\nA sentence added to change the article.\n');
    const run = await extractArticles(content, topic, { cacheDir: cache, workers: 0 });
    expect([run.cached, run.extracted]).toEqual([count - 1, 1]);
    expect(run.articles.find((a) => `${a.source.id}.md` === name)?.source.text).toContain('A sentence added');
  });

  it('ignores a corrupt cache entry, extracts the article again and rewrites the entry', async () => {
    const entries = readdirSync(cache).filter((f) => f.endsWith('.json'));
    for (const f of entries) writeFileSync(join(cache, f), '{"key": "truncated');
    const run = await extractArticles(content, topic, { cacheDir: cache, workers: 0 });
    expect(run.extracted).toBe(count);
    expect(run.problems).toEqual([]);
    const again = await extractArticles(content, topic, { cacheDir: cache, workers: 0 });
    expect(again.cached).toBe(count);
  });

  it('treats an entry whose records or segmented text are missing or truncated as a miss', async () => {
    // The data of three current entries: the cache also holds orphans of the article changed above.
    const { keys } = await extractArticles(content, topic, { cacheDir: cache, workers: 0 });
    const data = [...keys.values()].sort().map((key) => join(cache, `${key}.data.json`));
    rmSync(data[0]!);
    writeFileSync(data[1]!, '{"key": "truncated');
    // Cut inside the doc, which follows the records.
    writeFileSync(data[2]!, readFileSync(data[2]!).subarray(0, -10));
    const run = await extractArticles(content, topic, { cacheDir: cache, workers: 0 });
    expect([run.cached, run.extracted]).toEqual([count - 3, 3]);
    const single = await extractArticles(content, topic, { cacheDir: null, workers: 0 });
    expect(JSON.parse(JSON.stringify(run.articles))).toEqual(JSON.parse(JSON.stringify(single.articles)));
    expect(run.anchors).toEqual(single.anchors);
  });

  it('gives the same data on worker threads as in one thread', async () => {
    const pooled = await extractArticles(content, topic, { cacheDir: null, workers: 2 });
    const single = await extractArticles(content, topic, { cacheDir: null, workers: 0 });
    expect(pooled.workers).toBe(2);
    expect(pooled.articles).toEqual(single.articles);
  });

  it.each([0, 2])(
    'on %i worker threads, stores each source page in the page cache as it is built, holding none back',
    async (workers) => {
      const fresh = join(dir, `stream-${workers}`);
      const pageCache = { dir: join(dir, `stream-pages-${workers}`), context: 'test' };
      const run = await extractArticles(content, topic, { cacheDir: fresh, workers, sourcePageCache: pageCache });
      expect(run.workers).toBe(workers);
      // Nothing is held back for the main thread to write later: every page is already in the cache.
      expect(run.sourcePages.size).toBe(0);
      expect([...run.storedPages].sort()).toEqual([...run.keys.keys()].sort());
      expect(readdirSync(pageCache.dir)).toHaveLength(run.keys.size);
      const kept = await extractArticles(content, topic, { cacheDir: null, workers: 0 });
      for (const [slug, key] of run.keys)
        expect(readFileSync(sourcePageFile(pageCache, sourcePageKey(pageCache, key)), 'utf8')).toBe(
          kept.sourcePages.get(slug),
        );
      // Read from the extraction cache next time: nothing is built, so nothing is stored again.
      const warm = await extractArticles(content, topic, { cacheDir: fresh, workers, sourcePageCache: pageCache });
      expect([warm.extracted, warm.storedPages.size]).toEqual([0, 0]);
    },
  );

  it('has worker threads store the cache entries: the same data as one thread, all read from the cache next time', async () => {
    const fresh = join(dir, 'pooled-cache');
    const pooled = await extractArticles(content, topic, { cacheDir: fresh, workers: 2 });
    expect([pooled.workers, pooled.extracted]).toEqual([2, count]);
    const single = await extractArticles(content, topic, { cacheDir: null, workers: 0 });
    expect(JSON.parse(JSON.stringify(pooled.articles))).toEqual(JSON.parse(JSON.stringify(single.articles)));
    expect(pooled.anchors).toEqual(single.anchors);
    expect(pooled.articles.map(articleSummary)).toEqual(single.articles.map((a) => summarizeArticle(a)));
    const warm = await extractArticles(content, topic, { cacheDir: fresh, workers: 2 });
    expect([warm.cached, warm.extracted]).toEqual([count, 0]);
  });

  it('stops with the error when a worker cannot store an article in the cache', async () => {
    const notAFolder = join(dir, 'a-file');
    writeFileSync(notAFolder, '');
    await expect(
      extractArticles(content, topic, { cacheDir: join(notAFolder, 'cache'), workers: 2 }),
    ).rejects.toMatchObject({ code: 'ENOTDIR', message: expect.stringContaining('a-file') });
  });

  it('in one thread, stores each source page as its article is extracted, not after all of them', async () => {
    const entries = join(dir, 'stream-order');
    const pageCache = { dir: join(dir, 'stream-order-pages'), context: 'test' };
    // Keys as a run with a cache makes them (they include the code's version).
    const { keys } = await extractArticles(content, topic, { cacheDir: join(dir, 'stream-order-keys'), workers: 0 });
    // The first article's page cannot be stored (a folder stands where its file goes).
    const first = keys.get([...keys.keys()].sort()[0]!)!;
    mkdirSync(join(sourcePageFile(pageCache, sourcePageKey(pageCache, first)), 'in-the-way'), { recursive: true });
    await expect(
      extractArticles(content, topic, { cacheDir: entries, workers: 0, sourcePageCache: pageCache }),
    ).rejects.toMatchObject({ code: 'EISDIR' });
    // Stopped at the first article: no other was extracted first (a run that stored the pages at
    // the end would have written every article's cache entry by then).
    expect(existsSync(entries) ? readdirSync(entries).filter((f) => f.endsWith('.data.json')) : []).toEqual([]);
  });

  it('stops with the error when a worker cannot store a source page in the page cache', async () => {
    const notAFolder = join(dir, 'another-file');
    writeFileSync(notAFolder, '');
    await expect(
      extractArticles(content, topic, {
        cacheDir: join(dir, 'pages-fail-cache'),
        workers: 2,
        sourcePageCache: { dir: join(notAFolder, 'pages'), context: 'test' },
      }),
    ).rejects.toMatchObject({ code: 'ENOTDIR', message: expect.stringContaining('another-file') });
  });

  it('reports a bad article as a problem and still extracts the others', async () => {
    writeFileSync(join(content, 'articles', 'zz-bad.md'), '---\ntitle: [unclosed\n---\nText.\n');
    const run = await extractArticles(content, topic, { cacheDir: cache, workers: 0 });
    expect(run.articles).toHaveLength(count);
    expect(run.problems.map((p) => p.file)).toEqual([expect.stringMatching(/zz-bad\.md$/)]);
  });
});
