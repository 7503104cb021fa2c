/** Builds every generated page of the site from the processed articles. */
import type { ArticleData } from '../pipeline.ts';
import type { Topic } from '../schema/topic.ts';
import type { GeneratedPage } from './serialize.ts';
import { buildSiteModel } from './site-model.ts';
import { buildHomePage } from './pages/home.ts';
import { buildFiguresPage } from './pages/figures.ts';
import { buildArgumentsPage } from './pages/arguments.ts';
import { buildPositionsPage } from './pages/positions.ts';
import { buildActorPage } from './pages/actor.ts';
import { buildTimelinePage } from './pages/timeline.ts';
import { buildQuotesPage } from './pages/quotes.ts';
import { buildSourcePage, buildSourcesIndexPage } from './pages/sources.ts';

/** Returns all generated pages, in a stable order. */
export function buildPages(articles: readonly ArticleData[], topic: Topic): GeneratedPage[] {
  const model = buildSiteModel(articles, topic);
  return [
    buildHomePage(model),
    buildFiguresPage(model),
    buildArgumentsPage(model),
    buildPositionsPage(model),
    buildTimelinePage(model),
    buildQuotesPage(model),
    buildSourcesIndexPage(model),
    ...model.actors.map((actor) => buildActorPage(model, actor)),
    ...model.articles.map((art) => buildSourcePage(model, art)),
  ];
}
