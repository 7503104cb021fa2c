/** The source pages' cache: cached texts equal freshly built ones, and a corrupt entry is rebuilt. */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSourcePages } from '../../src/lib/generate/site.ts';
import { sourcePageText } from '../../src/lib/generate/source-page-text.ts';
import { buildSiteModel, type SiteModel } from '../../src/lib/generate/site-model.ts';
import { extractArticles } from '../../scripts/support/extract-articles.ts';
import { sourcePageCache, sourcePageTexts } from '../../scripts/support/source-pages.ts';
import type { SourcePageCache } from '../../scripts/support/source-page-cache.ts';
import { projectTopic } from '../support/fixtures.ts';

const root = join(import.meta.dirname, '..', '..');
let dir: string;
let cacheDir: string;
let cache: SourcePageCache;
let model: SiteModel;
let keys: Map<string, string>;
let fresh: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sourcebook-pages-'));
  cacheDir = join(dir, 'source-pages');
  cache = sourcePageCache(cacheDir);
  cpSync(join(root, 'content', 'articles'), join(dir, 'content', 'articles'), { recursive: true });
  cpSync(join(root, 'content', 'topic.yaml'), join(dir, 'content', 'topic.yaml'));
  const extraction = await extractArticles(join(dir, 'content'), projectTopic(), { cacheDir: null, workers: 0 });
  keys = extraction.keys;
  model = buildSiteModel(extraction.articles, projectTopic());
  fresh = buildSourcePages(extraction.articles, projectTopic(), model).map((d) => `${JSON.stringify(d, null, 2)}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A cached text is read only when asked for.
const textOf = (t: { text: string | (() => string) }) => (typeof t.text === 'string' ? t.text : t.text());

describe('sourcePageTexts', () => {
  it('returns the page data of every source, newest first, as built without a cache', () => {
    const texts = sourcePageTexts(model, keys, cache);
    expect(texts.map((t) => t.id)).toEqual(model.articles.map((a) => a.source.id));
    expect(texts.map(textOf)).toEqual(fresh);
    expect(readdirSync(cacheDir)).toHaveLength(fresh.length);
  });

  it('reads the same texts back from the cache', () => {
    expect(sourcePageTexts(model, keys, cache).map(textOf)).toEqual(fresh);
  });

  it('rebuilds a corrupt entry', () => {
    for (const f of readdirSync(cacheDir)) writeFileSync(join(cacheDir, f), '{"frontmatter": ');
    expect(sourcePageTexts(model, keys, cache).map(textOf)).toEqual(fresh);
    expect(sourcePageTexts(model, keys, cache).map(textOf)).toEqual(fresh);
  });

  it('keys entries on the article alone: a site where other actors have pages reads the same entries', () => {
    const fewer = { ...model, actors: model.actors.slice(1) };
    const before = readdirSync(cacheDir).length;
    sourcePageTexts(fewer, keys, cache).map(textOf);
    expect(readdirSync(cacheDir).length).toBe(before);
  });

  it('reads back the pages the extraction stored in this run as they are, without rebuilding them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcebook-sp-stored-'));
    try {
      const stored = sourcePageCache(dir);
      sourcePageTexts(model, keys, stored).map(textOf);
      // Marked as just stored, a page is given as the file holds it (here, not even JSON) ...
      for (const f of readdirSync(dir)) writeFileSync(join(dir, f), `stored ${f}`);
      const ids = new Set(model.articles.map((a) => a.source.id));
      const texts = sourcePageTexts(model, keys, stored, new Map(), ids).map(textOf);
      expect(texts.every((t) => t.startsWith('stored '))).toBe(true);
      // ... while one not marked is checked, and rebuilt.
      expect(sourcePageTexts(model, keys, stored).map(textOf)).toEqual(fresh);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stores the texts built during extraction and gives them back from the cache', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcebook-sp-built-'));
    try {
      const built = new Map(model.articles.map((art) => [art.source.id, sourcePageText(art, projectTopic())]));
      const texts = sourcePageTexts(model, keys, sourcePageCache(dir), built);
      expect(built.size).toBe(0);
      expect(readdirSync(dir).length).toBe(fresh.length);
      expect(texts.map(textOf)).toEqual(fresh);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
