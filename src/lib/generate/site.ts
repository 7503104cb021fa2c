/** Builds every generated page of the site from the processed articles: MDX pages and source-page data. */
import { articleSummary } from '../article-summary.ts';
import type { ArticleData } from '../pipeline.ts';
import type { Topic } from '../schema/topic.ts';
import type { SourceListRow, SourcePageData } from '../schema/source-page.ts';
import { sourceTitle } from './cite.ts';
import type { GeneratedPage } from './serialize.ts';
import { buildSiteModel, voicesOf, type SiteModel } from './site-model.ts';
import { a, em, p } from './mdast.ts';
import { buildHomePage } from './pages/home.ts';
import { buildFiguresPage } from './pages/figures.ts';
import { buildArgumentsPage } from './pages/arguments.ts';
import { buildPositionsPage } from './pages/positions.ts';
import { buildActorPage } from './pages/actor.ts';
import { buildTimelinePage } from './pages/timeline.ts';
import { buildQuotesPage } from './pages/quotes.ts';
import { buildSourcePageData, buildSourcesIndexPage } from './pages/sources.ts';

/**
 * How many of the newest sources each explainer page (and each actor page) draws on. Without a
 * bound these pages list everything — at 1,000 articles the arguments page alone is megabytes of
 * HTML. Every source keeps its own page, all of them are listed page by page at /sources/all/,
 * and every extracted record stays in /data/*.json.
 */
export const EXPLAINER_SOURCE_LIMIT = 30;

/**
 * How many of the newest sources the quotes page draws on: each source brings a few dozen quotes,
 * and a page of thousands of quote cards is too long to read (and hundreds of KB to download).
 */
export const QUOTES_SOURCE_LIMIT = 10;

/** The site model restricted to some articles, keeping the full model's actor pages for links. */
function restrict(model: SiteModel, articles: ArticleData[]): SiteModel {
  return { ...buildSiteModel(articles, model.topic), actors: model.actors };
}

/** The note a bounded page ends with: what it draws on, and where everything is. */
function boundNote(shown: number, total: number, what: string) {
  return p(
    em(
      `This page draws on the ${shown} newest of ${total.toLocaleString('en-US')} ${what}. `,
      'Every source is listed in ',
      a('/sources/all/1/', 'all sources'),
      ', and everything extracted is in the published data (',
      a('/data/sources.json', '/data/'),
      ').',
    ),
  );
}

/** Records on a bounded page which sources it draws on, so its structured data lists only what it shows. */
function drawsOn(page: GeneratedPage, articles: readonly ArticleData[]): GeneratedPage {
  page.frontmatter['drawsOn'] = articles.map((art) => art.source.id);
  return page;
}

/** One page buildPages returns, known before it is built: what it draws on, and how to build it. */
export interface PagePlan {
  /** The page's path, as GeneratedPage.path. */
  path: string;
  /** The articles the page draws on, newest first. */
  drawn: readonly ArticleData[];
  /** How many articles it could draw on in all (a bounded page says "the newest of N"). */
  of: number;
  /** Builds the page (each call builds it anew). */
  build: () => GeneratedPage;
}

/**
 * Returns every generated MDX page, in a stable order, as a plan: the one place that decides which
 * pages exist and which sources each draws on, so a caller can build only some of them
 * (scripts/support/explainer-pages.ts) and page-inputs.ts can name their inputs without building.
 */
export function planPages(model: SiteModel, limit = EXPLAINER_SOURCE_LIMIT): PagePlan[] {
  const total = model.articles.length;
  // Each section page with the sources it draws on: all of them, or the newest up to its bound.
  const sections = (
    [
      ['index', buildHomePage, limit],
      ['figures', buildFiguresPage, limit],
      ['arguments', buildArgumentsPage, limit],
      ['positions', buildPositionsPage, limit],
      ['timeline', buildTimelinePage, limit],
      ['quotes', buildQuotesPage, Math.min(limit, QUOTES_SOURCE_LIMIT)],
      ['sources/index', buildSourcesIndexPage, limit],
    ] as const
  ).map(([path, build, bound]): PagePlan => {
    if (total <= bound) return { path, drawn: model.articles, of: total, build: () => build(model) };
    const shown = model.articles.slice(0, bound);
    return {
      path,
      drawn: shown,
      of: total,
      build: () => {
        const page = drawsOn(build(restrict(model, shown)), shown);
        page.body.push(boundNote(bound, total, 'sources'));
        return page;
      },
    };
  });
  // Each article's actors are gathered once: there are as many actor pages as actors, each looking
  // through every article.
  const present = total > limit ? model.articles.map((art) => new Set(articleSummary(art).actors)) : [];
  const actors = model.actors.map((actor): PagePlan => {
    const path = `actors/${actor.id}`;
    if (total <= limit) return { path, drawn: model.articles, of: total, build: () => buildActorPage(model, actor) };
    const voices = [...voicesOf(model, actor.id)];
    const about = model.articles.filter((_, i) => voices.some((v) => present[i]!.has(v)));
    if (about.length <= limit)
      return {
        path,
        drawn: about,
        of: about.length,
        build: () => drawsOn(buildActorPage(restrict(model, about), actor), about),
      };
    const shown = about.slice(0, limit);
    return {
      path,
      drawn: shown,
      of: about.length,
      build: () => {
        const page = drawsOn(buildActorPage(restrict(model, shown), actor), shown);
        page.body.push(boundNote(limit, about.length, 'sources that quote or place this actor'));
        return page;
      },
    };
  });
  return [...sections, ...actors];
}

/** Returns all generated MDX pages, in a stable order; source pages are data (see buildSourcePages). */
export function buildPages(
  articles: readonly ArticleData[],
  topic: Topic,
  model: SiteModel = buildSiteModel(articles, topic),
  limit = EXPLAINER_SOURCE_LIMIT,
): GeneratedPage[] {
  return planPages(model, limit).map((plan) => {
    const page = plan.build();
    // The plan's path is what callers building single pages rely on.
    if (page.path !== plan.path) throw new Error(`internal: page planned as ${plan.path} was built as ${page.path}`);
    return page;
  });
}

/** Returns the data of every source page, newest article first. */
export function buildSourcePages(
  articles: readonly ArticleData[],
  topic: Topic,
  model: SiteModel = buildSiteModel(articles, topic),
): SourcePageData[] {
  return model.articles.map((art) => buildSourcePageData(model, art));
}

/** Returns the full list of sources, newest first, when the sources page shows only the newest; else null. */
export function buildSourceList(
  articles: readonly ArticleData[],
  topic: Topic,
  model: SiteModel = buildSiteModel(articles, topic),
  limit = EXPLAINER_SOURCE_LIMIT,
): SourceListRow[] | null {
  if (model.articles.length <= limit) return null;
  // The counts come from the summaries: listing every source reads no article's records.
  return model.articles.map((art) => {
    const { quotes, figures, events } = articleSummary(art);
    return {
      id: art.source.id,
      title: sourceTitle(art.source),
      outlet: art.source.outlet,
      published: art.source.published,
      quotes,
      figures,
      events,
    };
  });
}
