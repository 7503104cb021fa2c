/**
 * What each generated MDX page is built from, computed without building it, so a regeneration can
 * reuse the pages whose inputs did not change (see scripts/support/explainer-pages.ts).
 */
import type { ArticleData } from '../pipeline.ts';
import { EXPLAINER_SOURCE_LIMIT, QUOTES_SOURCE_LIMIT } from './site.ts';
import { voicesOf, type SiteModel } from './site-model.ts';

/** The section pages buildPages builds, in its order, and whether the page is bounded by the quotes limit. */
const SECTIONS = [
  ['index', false],
  ['figures', false],
  ['arguments', false],
  ['positions', false],
  ['timeline', false],
  ['quotes', true],
  ['sources/index', false],
] as const;

/** A page's path and a string naming everything it is built from (but the topic and the code). */
export interface PageInputs {
  /** The page's path, as GeneratedPage.path. */
  path: string;
  /** What the page reads, one item per line. */
  inputs: string;
}

/** The actors an article quotes, places or cites (as buildPages gathers them). */
function actorsIn(art: ArticleData): Set<string> {
  return new Set([
    ...art.quotes.flatMap((q) => (q.speakerId ? [q.speakerId] : [])),
    ...art.positions.map((x) => x.actorId),
    ...art.arguments.flatMap((m) => m.actorIds),
  ]);
}

/**
 * Returns, for each page buildPages returns and in its order, its path and what it reads:
 * the cache keys (`keys`: source id → a hash of the article and everything its extraction depends
 * on) of the articles it draws on, how many there are in all (bounded pages say "newest of N"), and
 * the actors that have pages (every page links to them). The topic and the page-building code are
 * not in it: the caller adds them. Mirrors the selection in buildPages (src/lib/generate/site.ts);
 * tests/unit/page-inputs.test.ts checks that equal inputs give equal pages.
 */
export function pageInputs(
  model: SiteModel,
  keys: ReadonlyMap<string, string>,
  limit = EXPLAINER_SOURCE_LIMIT,
): PageInputs[] {
  const total = model.articles.length;
  const keyOf = (art: ArticleData) => keys.get(art.source.id) ?? `missing:${art.source.id}`;
  const actors = model.actors.map((a) => a.id).join(',');
  const describe = (path: string, drawn: readonly ArticleData[], of: number): PageInputs => ({
    path,
    inputs: [path, `actors:${actors}`, `of:${of}`, ...drawn.map(keyOf)].join('\n'),
  });
  const sections = SECTIONS.map(([path, quotes]) => {
    const bound = quotes ? Math.min(limit, QUOTES_SOURCE_LIMIT) : limit;
    return describe(path, total <= bound ? model.articles : model.articles.slice(0, bound), total);
  });
  const present = total > limit ? model.articles.map(actorsIn) : [];
  const actorPages = model.actors.map((actor) => {
    const path = `actors/${actor.id}`;
    if (total <= limit) return describe(path, model.articles, total);
    const voices = [...voicesOf(model, actor.id)];
    const about = model.articles.filter((_, i) => voices.some((v) => present[i]!.has(v)));
    return describe(path, about.slice(0, limit), about.length);
  });
  return [...sections, ...actorPages];
}
