import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataFiles } from '../../src/lib/generate/data-files.ts';
import { serializePage } from '../../src/lib/generate/serialize.ts';
import { buildPages, buildSourcePages } from '../../src/lib/generate/site.ts';
import { processArticle, type ArticleData } from '../../src/lib/pipeline.ts';
import { pageFrontmatterSchema } from '../../src/lib/schema/page.ts';
import { sourcePageDataSchema, type SourcePageData } from '../../src/lib/schema/source-page.ts';
import { parseSourceFile } from '../../src/lib/source-file.ts';
import { projectTopic } from '../support/fixtures.ts';
import { renderMdx } from '../support/mdx.ts';

const dir = join(import.meta.dirname, '..', '..', 'content', 'articles');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort();

function generate(): {
  articles: ArticleData[];
  pages: Map<string, string>;
  sources: Map<string, SourcePageData>;
  data: Record<string, string>;
} {
  const articles = files.map((f) =>
    processArticle(
      { slug: f.replace(/\.md$/, ''), ...parseSourceFile(readFileSync(join(dir, f), 'utf8'), f) },
      projectTopic(),
    ),
  );
  const pages = new Map(buildPages(articles, projectTopic()).map((pg) => [pg.path, serializePage(pg)]));
  const sources = new Map(buildSourcePages(articles, projectTopic()).map((d) => [d.frontmatter.sourceId ?? '', d]));
  return { articles, pages, sources, data: buildDataFiles(articles) };
}

const first = generate();
describe('buildPages on the bundled articles', () => {
  it('is deterministic: a second run produces byte-identical MDX and data', () => {
    const second = generate();
    expect([...second.pages]).toEqual([...first.pages]);
    expect(JSON.stringify([...second.sources])).toEqual(JSON.stringify([...first.sources]));
    expect(second.data).toEqual(first.data);
  });

  it('writes every section page, a page per actor with a position, and page data per source', () => {
    const paths = [...first.pages.keys()];
    for (const p of ['index', 'figures', 'arguments', 'positions', 'timeline', 'quotes', 'sources/index'])
      expect(paths).toContain(p);
    expect([...first.sources.keys()].sort()).toEqual(files.map((f) => f.replace(/\.md$/, '')).sort());
    for (const data of first.sources.values()) expect(() => sourcePageDataSchema.parse(data)).not.toThrow();
    for (const pos of first.articles.flatMap((a) => a.positions)) expect(paths).toContain(`actors/${pos.actorId}`);
  });

  it('writes frontmatter that the page schema accepts', () => {
    for (const [path, mdx] of first.pages) {
      const yaml = /^---\n([\s\S]*?)\n---\n/.exec(mdx)?.[1];
      expect(yaml, path).toBeDefined();
    }
    for (const pg of buildPages(first.articles, projectTopic()))
      expect(() => pageFrontmatterSchema.parse(pg.frontmatter)).not.toThrow();
  });

  it('writes MDX that compiles', async () => {
    for (const [path, mdx] of first.pages) await expect(renderMdx(mdx), path).resolves.toBeDefined();
  });

  it('links every citation to a sentence that exists in its article', () => {
    const ids = new Map(
      first.articles.map((a) => [a.source.id, new Set(a.doc.paragraphs.flatMap((p) => p.sentences.map((s) => s.id)))]),
    );
    let citations = 0;
    for (const mdx of first.pages.values()) {
      for (const m of mdx.matchAll(/\]\(\/sources\/([^/]+)\/#(s-[a-z0-9-]+)\)/g)) {
        citations++;
        expect(ids.get(m[1] ?? '')?.has(m[2] ?? ''), `${m[1]}#${m[2]}`).toBe(true);
      }
    }
    for (const [id, data] of first.sources) {
      for (const m of data.extracted.matchAll(/href="(?:\/sources\/([^/]+)\/)?#(s-[a-z0-9-]+)"/g)) {
        citations++;
        expect(ids.get(m[1] ?? id)?.has(m[2] ?? ''), `${m[1] ?? id}#${m[2]}`).toBe(true);
      }
    }
    expect(citations).toBeGreaterThan(0);
  });

  it('gives each article paragraph, gaps and sentences joined, exactly the article’s text', () => {
    for (const art of first.articles) {
      const data = first.sources.get(art.source.id);
      const texts = data?.paragraphs.map((p) => p.sentences.map((s) => s.gap + s.text).join(''));
      expect(texts).toEqual(art.doc.paragraphs.map((p) => p.text));
    }
  });

  it('anchors every sentence of each article on its source page, in order', () => {
    for (const art of first.articles) {
      const data = first.sources.get(art.source.id);
      expect(data?.paragraphs.map((p) => p.id)).toEqual(art.doc.paragraphs.map((p) => p.id));
      expect(data?.paragraphs.flatMap((p) => p.sentences.map((s) => s.id))).toEqual(
        art.doc.paragraphs.flatMap((p) => p.sentences.map((s) => s.id)),
      );
    }
  });
});
