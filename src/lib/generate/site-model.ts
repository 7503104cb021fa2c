/** Gathers every article's extracted data into one model that the page builders read. */
import { articleSummary } from '../article-summary.ts';
import type { ArticleData } from '../pipeline.ts';
import type { ArgumentMention, Figure, Position, Quote, QuotedWords, Source, TimelineEvent } from '../schema/data.ts';
import type { Actor, Topic } from '../schema/topic.ts';
import { compareSourcesNewestFirst } from './cite.ts';

/** All extracted data of the site, with lookups. */
export interface SiteModel {
  topic: Topic;
  /** Articles, newest first. */
  articles: ArticleData[];
  sources: Map<string, Source>;
  quotes: Quote[];
  /** One- and two-word quotations tied to a speaker. */
  quotedWords: QuotedWords[];
  figures: Figure[];
  positions: Position[];
  events: TimelineEvent[];
  arguments: ArgumentMention[];
  /** Actors that get a page: anyone with a position, a quote or an argument. */
  actors: Actor[];
}

// The record lists a model gathers from its articles, each built on first use: planning which pages
// to rebuild needs none of them, and an article read from the cache reads its records from disk
// only when asked for (scripts/support/extract-articles.ts).
const RECORD_LISTS = ['quotes', 'quotedWords', 'figures', 'positions', 'events', 'arguments'] as const;

/** Builds the site model from processed articles (its record lists are gathered when first read). */
export function buildSiteModel(articles: readonly ArticleData[], topic: Topic): SiteModel {
  const sorted = [...articles].sort((x, y) => compareSourcesNewestFirst(x.source, y.source));
  const model = {
    topic,
    articles: sorted,
    sources: new Map(sorted.map((art) => [art.source.id, art.source])),
  } as SiteModel;
  for (const list of RECORD_LISTS) {
    Object.defineProperty(model, list, {
      enumerable: true,
      configurable: true,
      get() {
        const value = sorted.flatMap((art): unknown[] => art[list]);
        Object.defineProperty(model, list, { value, enumerable: true, configurable: true, writable: true });
        return value;
      },
    });
  }
  // The same actors as the records name, from the articles' summaries (known without the records).
  const featured = new Set<string>(sorted.flatMap((art) => articleSummary(art).actors));
  // A person's page links to the country they speak for, so that country gets a page too.
  for (const actor of topic.actors) if (featured.has(actor.id) && actor.country) featured.add(actor.country);
  model.actors = topic.actors.filter((actor) => featured.has(actor.id));
  return model;
}

/** The source of a record; the model guarantees it exists. */
export function sourceOf(model: SiteModel, id: string): Source {
  const src = model.sources.get(id);
  if (!src) throw new Error(`internal: record points to unknown source "${id}"`);
  return src;
}

/** Actor ids whose quotes and positions count for `actorId`: itself and the people who speak for it. */
export function voicesOf(model: SiteModel, actorId: string): Set<string> {
  return new Set([actorId, ...model.topic.actors.filter((a) => a.country === actorId).map((a) => a.id)]);
}
