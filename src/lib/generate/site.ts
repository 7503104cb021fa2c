/** Builds every generated page of the site from the processed articles: MDX pages and source-page data. */
import type { ArticleData } from '../pipeline.ts';
import type { Topic } from '../schema/topic.ts';
import type { GeneratedPage } from './serialize.ts';
import { buildSiteModel, type SiteModel } from './site-model.ts';
import type { SourcePageData } from '../schema/source-page.ts';
import { buildHomePage } from './pages/home.ts';
import { buildFiguresPage } from './pages/figures.ts';
import { buildArgumentsPage } from './pages/arguments.ts';
import { buildPositionsPage } from './pages/positions.ts';
import { buildActorPage } from './pages/actor.ts';
import { buildTimelinePage } from './pages/timeline.ts';
import { buildQuotesPage } from './pages/quotes.ts';
import { buildSourcePageData, buildSourcesIndexPage } from './pages/sources.ts';

/** Returns all generated MDX pages, in a stable order; source pages are data (see buildSourcePages). */
export function buildPages(
  articles: readonly ArticleData[],
  topic: Topic,
  model: SiteModel = buildSiteModel(articles, topic),
): GeneratedPage[] {
  return [
    buildHomePage(model),
    buildFiguresPage(model),
    buildArgumentsPage(model),
    buildPositionsPage(model),
    buildTimelinePage(model),
    buildQuotesPage(model),
    buildSourcesIndexPage(model),
    ...model.actors.map((actor) => buildActorPage(model, actor)),
  ];
}

/** Returns the data of every source page, newest article first. */
export function buildSourcePages(
  articles: readonly ArticleData[],
  topic: Topic,
  model: SiteModel = buildSiteModel(articles, topic),
): SourcePageData[] {
  return model.articles.map((art) => buildSourcePageData(model, art));
}
