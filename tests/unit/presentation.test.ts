/**
 * The presentation steps on the bundled articles: the cards in the generated pages, the search
 * records and filters, the JSON-LD, and the navigation helpers (breadcrumbs, previous/next).
 */
import { describe, expect, it } from 'vitest';
import { figureCard, positionsMatrix, quoteCard } from '../../src/lib/generate/cards.ts';
import { mdastToHtml } from '../../src/lib/generate/html.ts';
import { serializePage } from '../../src/lib/generate/serialize.ts';
import { buildPages } from '../../src/lib/generate/site.ts';
import { buildSiteModel } from '../../src/lib/generate/site-model.ts';
import { pageSearchFilters, searchType } from '../../src/lib/search/page-filters.ts';
import { buildSearchRecords } from '../../src/lib/search/records.ts';
import { buildJsonLd, indexJsonLdData, serializeJsonLd, type JsonLdPage } from '../../src/lib/seo/json-ld.ts';
import { buildBreadcrumbs, buildNav, buildPagerIndex, headingsFromHtml, type NavPage } from '../../src/lib/site-nav.ts';
import { projectArticles, projectTopic } from '../support/fixtures.ts';
import { renderMdx, textOf, type El } from '../support/mdx.ts';

const topic = projectTopic();
const articles = projectArticles();
const model = buildSiteModel(articles, topic);
const pages = new Map(buildPages(articles, topic).map((pg) => [pg.path, serializePage(pg)]));
const sentenceUrl = (x: { source: string; sentence: string }) => `/sources/${x.source}/#${x.sentence}`;

/** Every element of a rendered MDX tree, depth first. */
function elements(node: unknown): El[] {
  if (Array.isArray(node)) return node.flatMap(elements);
  if (!node || typeof node !== 'object' || !('props' in node)) return [];
  const el = node as El & { props: { className?: string; class?: string } };
  return [el, ...elements(el.props.children)];
}
const classOf = (el: El) => (el.props as { class?: string; className?: string }).class ?? '';

describe('cards in the generated pages', () => {
  it('renders every quote on the quotes page as a quote card citing its sentence', async () => {
    const tree = await renderMdx(pages.get('quotes')!);
    const cards = elements(tree).filter((el) => el.type === 'figure' && classOf(el).includes('quote-card'));
    expect(cards).toHaveLength(model.quotes.length);
    const cited = cards.map((card) => elements(card).find((el) => el.type === 'a' && el.props.href?.includes('#s-')));
    expect(cited.map((a) => a?.props.href).sort()).toEqual(model.quotes.map(sentenceUrl).sort());
    for (const card of cards) expect(elements(card).some((el) => el.type === 'blockquote')).toBe(true);
  });

  it('names the speaker and their role on a quote card, and marks a partial quote', () => {
    const q = model.quotes.find((x) => x.speakerId && topic.actors.find((a) => a.id === x.speakerId)?.role);
    expect(q).toBeDefined();
    const html = mdastToHtml([quoteCard(model, q!)]);
    const actor = topic.actors.find((a) => a.id === q!.speakerId)!;
    expect(html).toMatch(/^<figure class="quote-card( quote-card--partial)?">/);
    expect(html).toContain(actor.name);
    expect(html).toContain(actor.role!);
    expect(html).toContain(`href="${sentenceUrl(q!)}"`);
    const partial = model.quotes.find((x) => x.partial);
    if (partial) expect(mdastToHtml([quoteCard(model, partial)])).toContain('quote-card--partial');
  });

  it('shows on a figure card the range, when the latest report was made and the number of sources', () => {
    const html = mdastToHtml([
      figureCard({ label: 'Boats', href: '/figures/#boats', range: '3–5', asOf: '2025-11-15', support: '2 sources' }),
    ]);
    expect(html).toContain('class="figure-card"');
    expect(html).toContain('<a href="/figures/#boats">Boats</a>');
    expect(html).toContain('3–5');
    expect(html).toContain('as of mid-November 2025');
    expect(html).toContain('2 sources');
  });

  it('puts one figure card per reported core metric on the home page', async () => {
    const tree = await renderMdx(pages.get('index')!);
    const cards = elements(tree).filter((el) => classOf(el) === 'figure-card');
    const reported = topic.metrics.filter((m) => m.core && model.figures.some((f) => f.metric === m.id));
    expect(cards.map((c) => textOf(c))).toHaveLength(reported.length);
    for (const m of reported) expect(cards.some((c) => textOf(c).includes(m.label))).toBe(true);
  });

  it('gives each legal argument of the topic its own card on the arguments page', async () => {
    const tree = await renderMdx(pages.get('arguments')!);
    const cards = elements(tree).filter((el) => el.type === 'section' && classOf(el).includes('argument-card'));
    expect(cards).toHaveLength(topic.arguments.length);
    for (const arg of topic.arguments) expect(cards.some((c) => textOf(c).includes(arg.title))).toBe(true);
  });

  it('builds a positions matrix with a row per actor and links only to evidence sentences', () => {
    const matrix = positionsMatrix(model);
    expect(matrix).not.toBeNull();
    const html = mdastToHtml([matrix!]);
    const rows = html.match(/<tr>/g)?.length ?? 0;
    expect(rows - 1).toBe(new Set(model.positions.map((x) => x.actorId)).size);
    const evidence = new Set(
      model.positions.flatMap((x) => x.evidence.map((e) => sentenceUrl({ source: x.source, sentence: e.sentence }))),
    );
    const cellLinks = [...html.matchAll(/href="(\/sources\/[^"]+)"/g)].map((m) => m[1]);
    expect(cellLinks.length).toBeGreaterThan(0);
    for (const href of cellLinks) expect(evidence.has(href!)).toBe(true);
  });
});

describe('search records and filters', () => {
  const records = buildSearchRecords(topic, {
    sources: [...model.sources.values()],
    quotes: model.quotes,
    figures: model.figures,
  });

  it('makes one record per quote and per figure, each leading to its sentence', () => {
    expect(records).toHaveLength(model.quotes.length + model.figures.length);
    expect(records.map((r) => r.url).sort()).toEqual([...model.quotes, ...model.figures].map(sentenceUrl).sort());
  });

  it('indexes a figure with its metric’s cue words and files it under the figure type', () => {
    const f = model.figures.find((x) => topic.metrics.find((m) => m.id === x.metric)?.cues.length);
    const metric = topic.metrics.find((m) => m.id === f!.metric)!;
    const rec = records.find((r) => r.url === sentenceUrl(f!) && r.filters['type']?.[0] === 'figure')!;
    for (const cue of metric.cues) expect(rec.content).toContain(cue);
    expect(rec.meta['title']).toContain(metric.label);
  });

  it('files a quote under its speaker and the country the speaker speaks for', () => {
    const q = model.quotes.find((x) => topic.actors.find((a) => a.id === x.speakerId)?.country)!;
    const speaker = topic.actors.find((a) => a.id === q.speakerId)!;
    const country = topic.actors.find((a) => a.id === speaker.country)!;
    const rec = records.find((r) => r.url === sentenceUrl(q) && r.filters['type']?.[0] === 'quote')!;
    expect(rec.filters['actor']).toEqual([speaker.name, country.name]);
    expect(rec.content).toContain(speaker.name);
    expect(rec.meta['title']).not.toContain(speaker.name);
  });

  it('files an actor page under the actor and its stances, a source page under its outlet and actors', () => {
    const pos = model.positions[0]!;
    const actorFilters = pageSearchFilters(
      { kind: 'actor', actorId: pos.actorId },
      { topic, positions: model.positions, quotes: model.quotes },
    );
    expect(actorFilters['type']).toEqual(['actor']);
    expect(actorFilters['actor']).toEqual([topic.actors.find((a) => a.id === pos.actorId)!.name]);
    for (const s of pos.stances) expect(actorFilters['stance']).toContain(topic.stances.find((x) => x.id === s)!.label);
    const src = [...model.sources.values()].find((s) => s.outlet)!;
    const sourceFilters = pageSearchFilters(
      { kind: 'source', sourceId: src.id, outlet: src.outlet },
      { topic, positions: model.positions, quotes: model.quotes },
    );
    expect(sourceFilters['outlet']).toEqual([src.outlet]);
    expect(sourceFilters['actor']?.length).toBeGreaterThan(0);
  });

  it('calls the home and about pages explainers in the type filter', () => {
    expect(searchType('home')).toBe('explainer');
    expect(searchType('about')).toBe('explainer');
    expect(searchType('actor')).toBe('actor');
  });
});

describe('JSON-LD', () => {
  const data = indexJsonLdData({
    topic,
    sources: [...model.sources.values()],
    quotes: model.quotes,
    arguments: model.arguments,
  });
  const page = (p: Partial<JsonLdPage>): JsonLdPage => ({
    url: 'https://example.org/x/',
    id: 'x',
    kind: 'explainer',
    title: 'T',
    description: 'D',
    ...p,
  });

  it('describes a source page as a NewsArticle with its date, authors and outlet', () => {
    const src = [...data.sources.values()].find((s) => s.published && s.authors.length && s.outlet)!;
    const ld = buildJsonLd(page({ kind: 'source', sourceId: src.id }), data)!;
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld['datePublished']).toBe(src.published);
    expect(ld['author']).toEqual(src.authors.map((name) => ({ '@type': 'Person', name })));
    expect(ld['publisher']).toEqual({ '@type': 'Organization', name: src.outlet });
  });

  it('lists the quotes page’s quotes as Quotations linking to their sentences', () => {
    const ld = buildJsonLd(page({ id: 'quotes' }), data)!;
    const graph = ld['@graph'] as Array<Record<string, unknown>>;
    expect(graph).toHaveLength(model.quotes.length);
    expect(graph.every((x) => x['@type'] === 'Quotation')).toBe(true);
    expect(graph.map((x) => new URL(String(x['url'])).pathname + new URL(String(x['url'])).hash).sort()).toEqual(
      model.quotes.map(sentenceUrl).sort(),
    );
  });

  it('lists the legal arguments reported as Claims with where they appear', () => {
    const ld = buildJsonLd(page({ id: 'arguments' }), data)!;
    const graph = ld['@graph'] as Array<Record<string, unknown>>;
    const reported = topic.arguments.filter((a) => model.arguments.some((m) => m.argument === a.id));
    expect(graph.map((x) => x['name'])).toEqual(reported.map((a) => a.title));
    expect(graph.every((x) => x['@type'] === 'Claim' && Array.isArray(x['appearance']))).toBe(true);
  });

  it('has nothing to say about a plain explainer page, and escapes < when serialised', () => {
    expect(buildJsonLd(page({ id: 'timeline' }), data)).toBeNull();
    expect(serializeJsonLd({ text: '</script><b>' })).not.toContain('<');
  });
});

describe('navigation', () => {
  const fm = (title: string, kind: NavPage['data']['kind'], nav?: number): NavPage['data'] => ({
    title,
    description: 'd',
    kind,
    generated: true,
    ...(nav === undefined ? {} : { nav }),
  });
  const navPages: NavPage[] = [
    { id: 'index', data: fm('Home', 'home') },
    { id: 'figures', data: fm('Figures', 'explainer', 1) },
    { id: 'timeline', data: fm('Timeline', 'explainer', 2) },
    { id: 'sources', data: fm('Sources', 'explainer', 3) },
    { id: 'actors/b', data: fm('Beta', 'actor') },
    { id: 'actors/a', data: fm('Alpha', 'actor') },
  ];

  it('orders the menu by nav', () => {
    expect(buildNav(navPages).map((x) => x.href)).toEqual(['/figures/', '/timeline/', '/sources/']);
  });

  it('builds a breadcrumb trail through the known ancestor pages', () => {
    const known = new Map([['/sources/', { href: '/sources/', label: 'Sources' }]]);
    expect(buildBreadcrumbs('/sources/x/', 'An article', known)).toEqual([
      { href: '/', label: 'Home' },
      { href: '/sources/', label: 'Sources' },
      { href: '/sources/x/', label: 'An article' },
    ]);
    expect(buildBreadcrumbs('/actors/x/', 'X', known).map((x) => x.href)).toEqual(['/', '/actors/x/']);
    expect(buildBreadcrumbs('/', 'Home', known)).toEqual([]);
  });

  it('links a section to its neighbours in the menu, and an actor to its neighbours by name', () => {
    const index = buildPagerIndex(navPages);
    expect(index.get('/timeline/')).toEqual({
      prev: { href: '/figures/', label: 'Figures' },
      next: { href: '/sources/', label: 'Sources' },
    });
    expect(index.get('/figures/')?.prev).toBeUndefined();
    expect(index.get('/actors/a/')).toEqual({ prev: undefined, next: { href: '/actors/b/', label: 'Beta' } });
    expect(index.get('/actors/b/')?.prev).toEqual({ href: '/actors/a/', label: 'Alpha' });
    expect(index.has('/')).toBe(false);
  });

  it('reads the headings with ids from HTML, for the table of contents of pages rendered from data', () => {
    const html = '<h2 id="a">Article <em>text</em></h2><p>x</p><h3 id="q">Quotes</h3><h2>No id</h2>';
    expect(headingsFromHtml(html)).toEqual([
      { depth: 2, slug: 'a', text: 'Article text' },
      { depth: 3, slug: 'q', text: 'Quotes' },
    ]);
  });
});
