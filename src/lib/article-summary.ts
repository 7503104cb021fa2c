/**
 * What page planning needs to know of an extracted article without reading its records: the
 * actors it features and how many records of each kind it has. The extraction cache stores it
 * beside each article, so a regeneration can decide which pages an edit touches, and list every
 * source, without parsing every article's quotes, figures and positions (scripts/support/extract-articles.ts).
 */
import type { ArticleData } from './pipeline.ts';

/** An article's featured actors and record counts. */
export interface ArticleSummary {
  /** Ids of the actors it quotes, places or cites (quote speakers, positions, arguments), sorted. */
  actors: string[];
  /** How many quotes it has. */
  quotes: number;
  /** How many figures it has. */
  figures: number;
  /** How many timeline events it has. */
  events: number;
}

/** Computes an article's summary from its records. */
export function summarizeArticle(
  art: Pick<ArticleData, 'quotes' | 'positions' | 'arguments' | 'figures' | 'events'>,
): ArticleSummary {
  const actors = new Set([
    ...art.quotes.flatMap((q) => (q.speakerId ? [q.speakerId] : [])),
    ...art.positions.map((x) => x.actorId),
    ...art.arguments.flatMap((m) => m.actorIds),
  ]);
  return {
    actors: [...actors].sort(),
    quotes: art.quotes.length,
    figures: art.figures.length,
    events: art.events.length,
  };
}

// A side table, as segment.ts keeps tokens: the summary is not a field of the article, whose
// shape is the pipeline's output, published and tested as it is.
const known = new WeakMap<ArticleData, ArticleSummary>();

/** Records `summary` as `art`'s (the cache reader does, for an article whose records are read only on demand); returns `art`. */
export function rememberSummary(art: ArticleData, summary: ArticleSummary): ArticleData {
  known.set(art, summary);
  return art;
}

/** The summary of `art`: the one remembered for it, else computed from its records. */
export function articleSummary(art: ArticleData): ArticleSummary {
  return known.get(art) ?? summarizeArticle(art);
}
