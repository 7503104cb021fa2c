import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataFiles } from '../../src/lib/generate/data-files.ts';
import { serializePage } from '../../src/lib/generate/serialize.ts';
import { buildPages } from '../../src/lib/generate/site.ts';
import { processArticle, type ArticleData } from '../../src/lib/pipeline.ts';
import { pageFrontmatterSchema } from '../../src/lib/schema/page.ts';
import { parseSourceFile } from '../../src/lib/source-file.ts';
import { projectTopic } from '../support/fixtures.ts';
import { findAll, renderMdx, textOf } from '../support/mdx.ts';

const dir = join(import.meta.dirname, '..', '..', 'content', 'articles');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort();

function generate(): { articles: ArticleData[]; pages: Map<string, string>; data: Record<string, string> } {
  const articles = files.map((f) =>
    processArticle(
      { slug: f.replace(/\.md$/, ''), ...parseSourceFile(readFileSync(join(dir, f), 'utf8'), f) },
      projectTopic(),
    ),
  );
  const pages = new Map(buildPages(articles, projectTopic()).map((pg) => [pg.path, serializePage(pg)]));
  return { articles, pages, data: buildDataFiles(articles) };
}

const first = generate();
describe('buildPages on the bundled articles', () => {
  it('is deterministic: a second run produces byte-identical MDX and data', () => {
    const second = generate();
    expect([...second.pages]).toEqual([...first.pages]);
    expect(second.data).toEqual(first.data);
  });

  it('writes every section page, a page per source, and a page per actor with a position', () => {
    const paths = [...first.pages.keys()];
    for (const p of ['index', 'figures', 'arguments', 'positions', 'timeline', 'quotes', 'sources/index'])
      expect(paths).toContain(p);
    for (const f of files) expect(paths).toContain(`sources/${f.replace(/\.md$/, '')}`);
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
    expect(citations).toBeGreaterThan(0);
  });

  it('renders each article paragraph as one <p> whose text is exactly the article’s', async () => {
    for (const art of first.articles) {
      const tree = await renderMdx(first.pages.get(`sources/${art.source.id}`) ?? '');
      const paras = findAll(
        tree,
        (n) => n.type === 'p' && typeof n.props.id === 'string' && n.props.id.startsWith('p-'),
      );
      expect(paras.map(textOf)).toEqual(art.doc.paragraphs.map((p) => p.text));
    }
  });

  it('shows each article’s cleaned text in full on its source page', () => {
    for (const art of first.articles) {
      const mdx = first.pages.get(`sources/${art.source.id}`) ?? '';
      const spans = [...mdx.matchAll(/<span id="(s-[a-z0-9-]+)" class="sentence">/g)].map((m) => m[1]);
      expect(spans).toEqual(art.doc.paragraphs.flatMap((p) => p.sentences.map((s) => s.id)));
    }
  });
});
