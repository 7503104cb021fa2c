/**
 * Pages stay the same size however many sources there are: bounded pages draw on the newest
 * sources only, record them in `drawsOn`, and their JSON-LD lists exactly the quotes and claims
 * they show. The corpus is the bundled articles plus older copies of them, so a bigger corpus
 * changes only what lies beyond the bound.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleData } from '../../src/lib/pipeline.ts';
import type { GeneratedPage } from '../../src/lib/generate/serialize.ts';
import { serializePage } from '../../src/lib/generate/serialize.ts';
import { buildPages, QUOTES_SOURCE_LIMIT } from '../../src/lib/generate/site.ts';
import { buildSiteModel, voicesOf } from '../../src/lib/generate/site-model.ts';
import { ACTOR_ARGUMENT_SENTENCE_LIMIT, ACTOR_QUOTE_LIMIT } from '../../src/lib/generate/pages/actor.ts';
import { ARGUMENT_QUOTE_LIMIT, ARGUMENT_SENTENCE_LIMIT } from '../../src/lib/generate/pages/arguments.ts';
import { buildJsonLd, indexJsonLdData, serializeJsonLd, type JsonLdPage } from '../../src/lib/seo/json-ld.ts';
import { projectArticles, projectTopic } from '../support/fixtures.ts';
import { findAll, renderMdx, type El } from '../support/mdx.ts';

const topic = projectTopic();
const originals = projectArticles();

/**
 * `copies` older copies of every bundled article, each under its own id, with every record
 * pointing at it. All copies share one date, so they sort by id: zero-padded, the copies of a
 * smaller corpus come first in a bigger one.
 */
function corpus(copies: number): ArticleData[] {
  const older = Array.from({ length: copies }, (_, k) =>
    originals.map((art) => {
      const id = art.source.id;
      const copyId = `${id}-copy-${String(k).padStart(3, '0')}`;
      // Record ids (`<source>-q1`) are renamed too, so a copy's quotes are not the original's.
      const json = JSON.stringify(art).replaceAll(`"${id}"`, `"${copyId}"`).replaceAll(`"${id}-`, `"${copyId}-`);
      const copy = JSON.parse(json) as ArticleData;
      copy.source.published = '2001-01-01';
      return copy;
    }),
  );
  return [...originals, ...older.flat()];
}

/** What a page's JSON-LD would be, given the whole corpus's data. */
function jsonLdOf(page: GeneratedPage, articles: readonly ArticleData[]) {
  const model = buildSiteModel(articles, topic);
  const index = indexJsonLdData({
    topic,
    sources: [...model.sources.values()],
    quotes: model.quotes,
    arguments: model.arguments,
  });
  const fm = page.frontmatter as Partial<JsonLdPage> & {
    drawsOn?: string[];
    cites?: Record<string, string[]>;
    quotes?: string[];
  };
  return buildJsonLd(
    {
      url: `https://example.org/${page.path}/`,
      id: page.path.replace(/\/index$/, ''),
      kind: fm.kind as JsonLdPage['kind'],
      title: String(fm.title),
      description: String(fm.description),
      actorId: fm.actorId,
      drawsOn: fm.drawsOn,
      cites: fm.cites,
      quotes: fm.quotes,
    },
    index,
  );
}

/** The page text with the corpus-wide totals of its bound notes (and the fingerprints of those notes) left out. */
const withoutTotals = (mdx: string) =>
  mdx.replace(/newest of [\d,]+/g, 'newest of N').replace(/^generator:\n(?: {2}.*\n)*/m, '');

describe('bounded pages at growing corpus sizes', () => {
  // The dated originals are the newest sources in both corpora (undated ones sort after the copies).
  const limit = originals.filter((art) => art.source.published).length;
  // As many copies as the bound, so every actor page is bounded in both corpora.
  const small = corpus(limit);
  const large = corpus(10 * limit);
  const smallPages = buildPages(small, topic, buildSiteModel(small, topic), limit);
  const largePages = buildPages(large, topic, buildSiteModel(large, topic), limit);

  it('writes the same pages, word for word but the totals, for ten times the sources', () => {
    expect(largePages.map((pg) => pg.path)).toEqual(smallPages.map((pg) => pg.path));
    for (const [i, pg] of largePages.entries())
      expect(withoutTotals(serializePage(pg)), pg.path).toBe(withoutTotals(serializePage(smallPages[i]!)));
  });

  it('gives each page the same structured data for ten times the sources', () => {
    for (const [i, pg] of largePages.entries()) {
      const big = jsonLdOf(pg, large);
      const few = jsonLdOf(smallPages[i]!, small);
      expect(big && serializeJsonLd(big), pg.path).toBe(few && serializeJsonLd(few));
    }
  });

  it('records on every bounded page the newest sources it draws on', () => {
    const newest = buildSiteModel(large, topic).articles.map((art) => art.source.id);
    const quotes = largePages.find((pg) => pg.path === 'quotes')!;
    expect(quotes.frontmatter['drawsOn']).toEqual(newest.slice(0, Math.min(limit, QUOTES_SOURCE_LIMIT)));
    const figures = largePages.find((pg) => pg.path === 'figures')!;
    expect(figures.frontmatter['drawsOn']).toEqual(newest.slice(0, limit));
    for (const pg of largePages.filter((x) => x.path.startsWith('actors/')))
      expect((pg.frontmatter['drawsOn'] as string[]).length, pg.path).toBeLessThanOrEqual(limit);
  });
});

describe('structured data of a bounded page', () => {
  const articles = corpus(2);
  const pages = buildPages(articles, topic, buildSiteModel(articles, topic), 2);
  const path = (url: unknown) => {
    const u = new URL(String(url));
    return u.pathname + u.hash;
  };
  /** The sentence each quote card on the page cites. */
  async function quoteCardCitations(page: GeneratedPage): Promise<string[]> {
    const tree = await renderMdx(serializePage(page));
    const cards = findAll(
      tree,
      (el) => el.type === 'figure' && String((el.props as { class?: string }).class).includes('quote-card'),
    );
    return cards.map(
      (card) => findAll(card, (el: El) => el.type === 'a' && !!el.props.href?.includes('#'))[0]!.props.href!,
    );
  }

  it('lists as Quotations exactly the quotes the quotes page and each actor page show', async () => {
    const listed = pages.filter((pg) => pg.path === 'quotes' || pg.path.startsWith('actors/'));
    let seen = 0;
    for (const pg of listed) {
      const ld = jsonLdOf(pg, articles);
      const graph = (ld?.['@graph'] ?? []) as Array<Record<string, unknown>>;
      expect(graph.map((x) => path(x['url'])).sort(), pg.path).toEqual((await quoteCardCitations(pg)).sort());
      seen += graph.length;
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('lists as Claims only the arguments and sentences of the sources the arguments page draws on', () => {
    const pg = pages.find((x) => x.path === 'arguments')!;
    const shown = new Set(pg.frontmatter['drawsOn'] as string[]);
    const graph = (jsonLdOf(pg, articles)?.['@graph'] ?? []) as Array<{ appearance: Array<{ url: string }> }>;
    const urls = graph.flatMap((claim) => claim.appearance.map((x) => path(x.url)));
    const mdx = serializePage(pg);
    for (const url of urls) {
      expect(shown.has(url.split('/')[2]!), url).toBe(true);
      expect(mdx, url).toContain(`(${url})`);
    }
    const model = buildSiteModel(articles, topic);
    expect(urls).toHaveLength(
      pg.frontmatter['cites']
        ? Object.values(pg.frontmatter['cites'] as Record<string, string[]>).flat().length
        : model.arguments.filter((m) => shown.has(m.source)).length,
    );
  });
});

describe('each argument on the arguments page at growing corpus sizes', () => {
  const limit = originals.filter((art) => art.source.published).length;
  it.each([
    ['the bound', 1],
    ['ten times the bound', 10],
  ])('shows at most the newest sentences and quotes of each argument, and counts the rest, at %s', async (_, k) => {
    const articles = corpus(k * limit);
    const model = buildSiteModel(articles, topic);
    const shownSources = new Set(model.articles.slice(0, limit).map((art) => art.source.id));
    const page = buildPages(articles, topic, model, limit).find((pg) => pg.path === 'arguments')!;
    const mdx = serializePage(page);
    const cites = page.frontmatter['cites'] as Record<string, string[]> | undefined;
    let notes = 0;
    for (const arg of topic.arguments) {
      const mentions = model.arguments.filter((m) => m.argument === arg.id && shownSources.has(m.source));
      const keys = new Set(mentions.map((m) => `${m.source}#${m.sentence}`));
      const quotes = model.quotes.filter((q) => keys.has(`${q.source}#${q.sentence}`));
      // The argument's part of the page: from its heading to the next argument's.
      const start = mdx.indexOf(`### ${arg.title}`);
      const next = topic.arguments.map((x) => mdx.indexOf(`### ${x.title}`)).filter((i) => i > start);
      const part = mdx.slice(start, next.length ? Math.min(...next) : undefined);
      const citedHere = mentions.filter((m) => part.includes(`(/sources/${m.source}/#${m.sentence})`));
      const sentencesShown = (part.split('Basis cited in the sources')[1] ?? '').match(/^\s*> /gm)?.length ?? 0;
      expect(sentencesShown, arg.id).toBe(Math.min(mentions.length, ARGUMENT_SENTENCE_LIMIT));
      expect(sentencesShown, arg.id).toBeLessThanOrEqual(ARGUMENT_SENTENCE_LIMIT);
      expect(citedHere.length, arg.id).toBeGreaterThanOrEqual(Math.min(mentions.length, 1));
      const quoteCards = part.match(/class="quote-card[ "]/g)?.length ?? 0;
      expect(quoteCards, arg.id).toBe(Math.min(quotes.length, ARGUMENT_QUOTE_LIMIT));
      const moreSentences = mentions.length - Math.min(mentions.length, ARGUMENT_SENTENCE_LIMIT);
      const moreQuotes = quotes.length - Math.min(quotes.length, ARGUMENT_QUOTE_LIMIT);
      const note = /_(?:([\d,]+) more sentences?)?(?: and )?(?:([\d,]+) more quotes?)? from ([\d,]+) sources?/.exec(
        part,
      );
      if (!moreSentences && !moreQuotes) {
        expect(note, arg.id).toBeNull();
        continue;
      }
      notes++;
      expect(Number(note?.[1] ?? 0), arg.id).toBe(moreSentences);
      expect(Number(note?.[2] ?? 0), arg.id).toBe(moreQuotes);
      const hidden = [...mentions.slice(ARGUMENT_SENTENCE_LIMIT), ...quotes.slice(ARGUMENT_QUOTE_LIMIT)];
      expect(Number(note![3]), arg.id).toBe(new Set(hidden.map((x) => x.source)).size);
      // The structured data cites exactly the sentences shown.
      expect(cites?.[arg.id], arg.id).toEqual(
        mentions.slice(0, ARGUMENT_SENTENCE_LIMIT).map((m) => `${m.source}#${m.sentence}`),
      );
    }
    expect(notes).toBeGreaterThan(0);
    const graph = (jsonLdOf(page, articles)?.['@graph'] ?? []) as Array<{ appearance: unknown[] }>;
    expect(graph.flatMap((c) => c.appearance)).toHaveLength(Object.values(cites!).flat().length);
    for (const claim of graph) expect(claim.appearance.length).toBeLessThanOrEqual(ARGUMENT_SENTENCE_LIMIT);
  });
});

describe('quotes and arguments on each actor page at growing corpus sizes', () => {
  // Enough sources per actor page that the quotes of the busiest actors pass their bound.
  const sourceLimit = 6 * originals.length;
  /** The sentence links of the quote cards in the page's Quotes section, in page order. */
  const cardLinks = (section: string) =>
    [...section.matchAll(/<figure class="quote-card[\s\S]*?<\/figure>/g)].map(
      (card) => /\((\/sources\/[^)#]+\/#[^)]+)\)/.exec(card[0])![1]!,
    );
  it.each([
    ['the bound', 1],
    ['ten times the bound', 10],
  ])('shows at most the newest quotes and argument sentences, counts the rest, at %s', (_, k) => {
    const articles = corpus(k * sourceLimit);
    const model = buildSiteModel(articles, topic);
    const pages = buildPages(articles, topic, model, sourceLimit).filter((pg) => pg.path.startsWith('actors/'));
    let quoteNotes = 0;
    let argumentNotes = 0;
    for (const pg of pages) {
      const actorId = String(pg.frontmatter['actorId']);
      const drawn = new Set(
        (pg.frontmatter['drawsOn'] as string[] | undefined) ?? model.articles.map((x) => x.source.id),
      );
      const voices = voicesOf(model, actorId);
      const quotes = model.quotes.filter((q) => drawn.has(q.source) && q.speakerId && voices.has(q.speakerId));
      const mdx = serializePage(pg);
      const quoteSection = mdx.slice(mdx.indexOf('## Quotes'), mdx.indexOf('\n## ', mdx.indexOf('## Quotes') + 1));
      const shown = quotes.slice(0, ACTOR_QUOTE_LIMIT);
      expect(cardLinks(quoteSection), pg.path).toEqual(shown.map((q) => `/sources/${q.source}/#${q.sentence}`));
      const quoteNote = /_([\d,]+) more quotes? from ([\d,]+) sources?/.exec(quoteSection);
      const hiddenQuotes = quotes.slice(ACTOR_QUOTE_LIMIT);
      if (hiddenQuotes.length) {
        quoteNotes++;
        expect(Number(quoteNote?.[1]), pg.path).toBe(hiddenQuotes.length);
        expect(Number(quoteNote?.[2]), pg.path).toBe(new Set(hiddenQuotes.map((q) => q.source)).size);
        expect(pg.frontmatter['quotes'], pg.path).toEqual(shown.map((q) => q.id));
      } else {
        expect(quoteNote, pg.path).toBeNull();
        expect(pg.frontmatter['quotes'], pg.path).toBeUndefined();
      }
      // The structured data lists as Quotations exactly the quotes shown.
      const graph = (jsonLdOf(pg, articles)?.['@graph'] ?? []) as Array<{ url: string }>;
      const listed = graph.map((x) => new URL(x.url).pathname + new URL(x.url).hash);
      expect(listed.sort(), pg.path).toEqual(cardLinks(quoteSection).sort());

      const mentions = model.arguments.filter((m) => drawn.has(m.source) && m.actorIds.some((id) => voices.has(id)));
      const argSection = mdx.slice(Math.max(0, mdx.indexOf('## Legal arguments')));
      let hiddenSentences = 0;
      const hiddenSources = new Set<string>();
      for (const arg of topic.arguments) {
        const own = mentions.filter((m) => m.argument === arg.id);
        const lines = argSection.split('\n').filter((line) => line.startsWith(`> **${arg.title}**`));
        expect(lines.length, `${pg.path} ${arg.id}`).toBe(Math.min(own.length, ACTOR_ARGUMENT_SENTENCE_LIMIT));
        own.slice(ACTOR_ARGUMENT_SENTENCE_LIMIT).forEach((m) => hiddenSources.add(m.source));
        hiddenSentences += Math.max(0, own.length - ACTOR_ARGUMENT_SENTENCE_LIMIT);
      }
      const argNote = /_([\d,]+) more sentences? for these arguments from ([\d,]+) sources?/.exec(argSection);
      if (hiddenSentences) {
        argumentNotes++;
        expect(Number(argNote?.[1]), pg.path).toBe(hiddenSentences);
        expect(Number(argNote?.[2]), pg.path).toBe(hiddenSources.size);
      } else expect(argNote, pg.path).toBeNull();
    }
    expect(quoteNotes).toBeGreaterThan(0);
    expect(argumentNotes).toBeGreaterThan(0);
  });
});
