import { describe, expect, it } from 'vitest';
import { articleSummary, rememberSummary, summarizeArticle } from '../../src/lib/article-summary.ts';
import type { ArticleData } from '../../src/lib/pipeline.ts';
import { pageInputs } from '../../src/lib/generate/page-inputs.ts';
import { buildSourceList } from '../../src/lib/generate/site.ts';
import { buildSiteModel } from '../../src/lib/generate/site-model.ts';
import { projectArticles, projectTopic } from '../support/fixtures.ts';

const topic = projectTopic();
const articles = projectArticles();

/** `art` as the cache reader gives it, but with records that cannot be read: reading one throws. */
function withoutRecords(art: ArticleData): ArticleData {
  const copy = { source: art.source, overridesUsed: art.overridesUsed } as ArticleData;
  // Every field the pipeline gives but the two a cache head holds.
  const fields = Object.keys(art).filter((k) => k !== 'source' && k !== 'overridesUsed') as Array<keyof ArticleData>;
  for (const field of fields)
    Object.defineProperty(copy, field, {
      enumerable: true,
      get: () => {
        throw new Error(`read ${field} of ${art.source.id}`);
      },
    });
  return rememberSummary(copy, summarizeArticle(art));
}

describe('summarizeArticle', () => {
  it('lists the quoted, placed and arguing actors once each, sorted, with the record counts', () => {
    for (const art of articles) {
      const named = [
        ...art.quotes.map((q) => q.speakerId),
        ...art.positions.map((x) => x.actorId),
        ...art.arguments.flatMap((m) => m.actorIds),
      ].filter((id): id is string => !!id);
      const summary = summarizeArticle(art);
      expect(summary.actors).toEqual([...new Set(named)].sort());
      expect([summary.quotes, summary.figures, summary.events]).toEqual([
        art.quotes.length,
        art.figures.length,
        art.events.length,
      ]);
    }
    // The seed articles quote someone, or the check above proves nothing.
    expect(articles.some((a) => summarizeArticle(a).actors.length > 0)).toBe(true);
  });

  it('is what articleSummary gives for an article nobody remembered a summary for', () => {
    expect(articles.map(articleSummary)).toEqual(articles.map((a) => summarizeArticle(a)));
  });

  it('is replaced by the summary remembered for an article', () => {
    const art = { ...articles[0]! };
    const summary = { actors: ['someone'], quotes: 99, figures: 0, events: 1 };
    expect(articleSummary(rememberSummary(art, summary))).toBe(summary);
  });
});

describe('planning pages from summaries', () => {
  // Bounds below the five seed articles, so the pages choose among them by date and actor.
  it.each([1, 2, 30])('plans the pages and lists the sources without reading any record (bound %i)', (limit) => {
    const lazy = articles.map(withoutRecords);
    const keys = new Map(articles.map((a) => [a.source.id, `key of ${a.source.id}`]));
    const model = buildSiteModel(lazy, topic);
    const full = buildSiteModel(articles, topic);
    expect(model.actors).toEqual(full.actors);
    expect(model.actors.length).toBeGreaterThan(0);
    const plan = (m: typeof model) => pageInputs(m, keys, limit).map(({ path, inputs }) => [path, inputs]);
    expect(plan(model)).toEqual(plan(full));
    expect(buildSourceList(lazy, topic, model, limit)).toEqual(buildSourceList(articles, topic, full, limit));
    // The records are still reached through the model when a page is built.
    expect(() => model.quotes).toThrow(/read quotes of/);
  });

  it("gathers the model's record lists when first read, newest article first", () => {
    const model = buildSiteModel(articles, topic);
    expect(model.quotes).toEqual(model.articles.flatMap((a) => a.quotes));
    expect(model.quotes).toBe(model.quotes);
    expect(model.events).toEqual(model.articles.flatMap((a) => a.events));
  });
});
