/**
 * What each generated MDX page is built from, computed without building it, so a regeneration can
 * reuse the pages whose inputs did not change (see scripts/support/explainer-pages.ts).
 */
import type { ArticleData } from '../pipeline.ts';
import { EXPLAINER_SOURCE_LIMIT, planPages, type PagePlan } from './site.ts';
import type { SiteModel } from './site-model.ts';

/** A page's path and a string naming everything it is built from (but the topic and the code). */
export interface PageInputs {
  /** The page's path, as GeneratedPage.path. */
  path: string;
  /** What the page reads, one item per line. */
  inputs: string;
  /** The page's plan, to build it when its inputs are new. */
  plan: PagePlan;
}

/**
 * Returns, for each page buildPages returns and in its order, its path and what it reads:
 * the cache keys (`keys`: source id → a hash of the article and everything its extraction depends
 * on) of the articles it draws on, how many there are in all (bounded pages say "newest of N"), and
 * the actors that have pages (every page links to them). The topic and the page-building code are
 * not in it: the caller adds them. The selection is buildPages's own (planPages in site.ts);
 * tests/unit/page-inputs.test.ts checks that equal inputs give equal pages.
 */
export function pageInputs(
  model: SiteModel,
  keys: ReadonlyMap<string, string>,
  limit = EXPLAINER_SOURCE_LIMIT,
): PageInputs[] {
  const keyOf = (art: ArticleData) => keys.get(art.source.id) ?? `missing:${art.source.id}`;
  const actors = model.actors.map((a) => a.id).join(',');
  return planPages(model, limit).map((plan) => ({
    path: plan.path,
    inputs: [plan.path, `actors:${actors}`, `of:${plan.of}`, ...plan.drawn.map(keyOf)].join('\n'),
    plan,
  }));
}
