/**
 * Builds the whole site from the bundled articles into a temporary directory (generate, Astro,
 * Pagefind) and checks that every page and data file exists, that every citation points at a
 * sentence anchor that exists, and that the search index holds every article.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import {
  argumentMentionSchema,
  eventSchema,
  figureSchema,
  positionSchema,
  quoteSchema,
  sourceSchema,
} from '../../src/lib/schema/data.ts';
import { checkLinks } from '../../src/lib/links/check-links.ts';
import { listFiles } from '../../scripts/support/fs.ts';

const root = join(import.meta.dirname, '..', '..');
const articleSlugs = readdirSync(join(root, 'content', 'articles'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.replace(/\.md$/, ''));
let out: string;
let dist: string;

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: root, stdio: 'pipe', encoding: 'utf8' });
const page = (url: string) => readFileSync(join(dist, url, url.endsWith('.html') ? '' : 'index.html'), 'utf8');
const data = <S extends z.ZodType>(name: string, schema: S): Array<z.infer<S>> =>
  z.array(schema).parse(JSON.parse(readFileSync(join(dist, 'data', name), 'utf8')));

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'sourcebook-site-'));
  dist = join(out, 'dist');
  run('npx', ['tsx', 'scripts/generate.ts']);
  run('npx', ['astro', 'build', '--outDir', dist]);
  run('npx', ['tsx', 'scripts/index-search.ts', '--site', dist]);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the built site', () => {
  it.each([
    '/',
    '/figures/',
    '/arguments/',
    '/positions/',
    '/timeline/',
    '/quotes/',
    '/sources/',
    '/about/',
    '/search/',
    '/404.html',
  ])('has the page %s', (url) => {
    expect(page(url)).toMatch(/<h1>[^<]+<\/h1>/);
  });

  it('has a source page for every article, with an anchor on every sentence', () => {
    const sources = data('sources.json', sourceSchema);
    expect(sources.map((s) => s.id).sort()).toEqual([...articleSlugs].sort());
    for (const slug of articleSlugs) {
      const html = page(`/sources/${slug}/`);
      expect(html.match(/<span id="s-[a-z0-9-]+" class="sentence">/g)?.length ?? 0).toBeGreaterThan(5);
    }
  });

  it('publishes every data file, valid against its schema', () => {
    expect(data('sources.json', sourceSchema).every((s) => s.text.length > 500)).toBe(true);
    data('quotes.json', quoteSchema);
    data('figures.json', figureSchema);
    data('positions.json', positionSchema);
    data('events.json', eventSchema);
    data('arguments.json', argumentMentionSchema);
  });

  it('cites only sentences that exist on their source page', () => {
    const refs = [
      ...data('quotes.json', quoteSchema),
      ...data('figures.json', figureSchema),
      ...data('events.json', eventSchema),
      ...data('arguments.json', argumentMentionSchema),
      ...data('positions.json', positionSchema).flatMap((x) =>
        x.evidence.map((e) => ({ source: x.source, sentence: e.sentence })),
      ),
    ];
    for (const { source, sentence } of refs) expect(page(`/sources/${source}/`)).toContain(`id="${sentence}"`);
  });

  it('has no broken internal link or #anchor, and only rel="noopener noreferrer" external links', () => {
    const files = listFiles(dist, '').map((f) => f.slice(dist.length + 1));
    const pages = new Map(
      files.filter((f) => f.endsWith('.html')).map((f) => [f, readFileSync(join(dist, f), 'utf8')]),
    );
    const report = checkLinks(pages, new Set(files), 'https://sourcebook.example.org');
    expect(report.broken).toEqual([]);
    expect(report.anchors).toBeGreaterThan(500);
  });

  it('serves the sitemap index at /sitemap.xml, the address robots.txt and every page give', () => {
    const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
    expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).toBe(index);
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    const listed = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(listed && new URL(listed).pathname).toBe('/sitemap.xml');
    expect(page('/')).toContain('<link rel="sitemap" href="/sitemap.xml">');
    // The index lists the sitemaps that list the pages: each of them is in dist/.
    for (const [, url] of index.matchAll(/<loc>([^<]+)<\/loc>/g))
      expect(existsSync(join(dist, new URL(url!).pathname))).toBe(true);
  });

  it('has an actor page for every actor with a position', () => {
    for (const { actorId } of data('positions.json', positionSchema))
      expect(existsSync(join(dist, 'actors', actorId, 'index.html'))).toBe(true);
  });

  it('keeps navigation out of the search index and the page content in it', () => {
    const html = page('/figures/');
    expect(html).toMatch(/<header[^>]*data-pagefind-ignore/);
    expect(html).toMatch(/<main[^>]*data-pagefind-body/);
  });

  it('holds every article in the search index', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages['en']?.page_count).toBeGreaterThanOrEqual(articleSlugs.length + 7);
    const fragments = readdirSync(join(dist, 'pagefind', 'fragment')).map(
      (f) =>
        // Pagefind fragments are gzipped JSON behind a 12-byte signature.
        JSON.parse(
          gunzipSync(readFileSync(join(dist, 'pagefind', 'fragment', f)))
            .subarray(12)
            .toString('utf8'),
        ) as { url: string; content: string },
    );
    const sources = data('sources.json', sourceSchema);
    for (const src of sources) {
      const fragment = fragments.find((f) => f.url === `/sources/${src.id}/`);
      expect(fragment, `search index entry for ${src.id}`).toBeDefined();
      // The indexed content holds the article's own words, not just its title.
      const words = src.text.split(/\s+/).slice(20, 28).join(' ');
      expect(fragment?.content.replace(/\s+/g, ' ')).toContain(words);
    }
  });
});

describe('contributor links on the built site', () => {
  it('gives every content page an Edit link to its file and its last commit date', () => {
    for (const [url, file] of [
      ['/figures/', 'content/generated/figures.mdx'],
      ['/about/', 'content/pages/about.mdx'],
      // Source pages are rendered from data: their Edit link opens the article.
      [`/sources/${articleSlugs[0]}/`, `content/articles/${articleSlugs[0]}.md`],
    ] as const) {
      const html = page(url);
      expect(html).toMatch(
        new RegExp(`<a href="https://[^"]+/edit/[^"]+/${file.replace(/[.]/g, '\\.')}"[^>]*>\\s*Edit this page`),
      );
      const committed = run('git', ['log', '-1', '--first-parent', '--format=%cI', '--', file]).trim();
      expect(committed).not.toBe('');
      expect(html).toContain(`datetime="${committed}"`);
    }
  });

  it('copies _headers, and the Pagefind folders it caches for a year hold hashed files', () => {
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toContain('/pagefind/fragment/*');
    // (Astro writes /_astro/ only when a stylesheet or script is too big to inline.)
    for (const folder of ['pagefind/fragment', 'pagefind/index'])
      expect(readdirSync(join(dist, folder)).length).toBeGreaterThan(0);
  });
});
