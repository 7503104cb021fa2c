/**
 * The JSON text of one source page's data, built from its article alone. A source page links only
 * to actors its own article features (its quotes' speakers, its positions' and arguments' actors,
 * a speaker's country), and buildSiteModel gives exactly those actors pages, so the page built from
 * a one-article model equals the page built from the whole site's (tests/unit/source-page-text.test.ts).
 * That lets each page be built where its article is extracted, on every core, before the site model exists.
 */
import type { ArticleData } from '../pipeline.ts';
import type { Topic } from '../schema/topic.ts';
import { buildSourcePageData } from './pages/sources.ts';
import { buildSiteModel } from './site-model.ts';

/** Returns the JSON text (with a final newline) of the source page of `art`, as written to content/generated/sources/. */
export function sourcePageText(art: ArticleData, topic: Topic): string {
  return `${JSON.stringify(buildSourcePageData(buildSiteModel([art], topic), art), null, 2)}\n`;
}
