import { describe, expect, it } from 'vitest';
import { serializePage } from '../../src/lib/generate/serialize.ts';
import { buildPages, buildSourceList } from '../../src/lib/generate/site.ts';
import { buildSiteModel } from '../../src/lib/generate/site-model.ts';
import { projectArticles, projectTopic } from '../support/fixtures.ts';

const articles = projectArticles();
const model = buildSiteModel(articles, projectTopic());
const newest = model.articles.map((a) => a.source.id);
// Links to source pages, not to the paginated list of all sources.
const cited = (mdx: string) =>
  new Set([...mdx.matchAll(/\(\/sources\/([^/)]+)\//g)].map((m) => m[1]).filter((id) => id !== 'all'));

describe('buildPages with a bound on the sources an explainer page draws on', () => {
  const limit = 2;
  const bounded = buildPages(articles, projectTopic(), model, limit);
  const full = buildPages(articles, projectTopic(), model, articles.length);

  it('cites only the newest sources on the section pages and says so', () => {
    for (const path of ['figures', 'quotes', 'timeline', 'arguments', 'positions', 'sources/index']) {
      const mdx = serializePage(bounded.find((pg) => pg.path === path)!);
      for (const id of cited(mdx)) expect(newest.slice(0, limit), `${path} cites ${id}`).toContain(id);
      expect(mdx).toContain(`draws on the ${limit} newest of ${articles.length} sources`);
      expect(mdx).toContain('(/sources/all/1/)');
    }
  });

  it('keeps a page for every actor, each citing at most the bound of sources', () => {
    const actorPaths = (pages: typeof full) => pages.filter((pg) => pg.path.startsWith('actors/')).map((pg) => pg.path);
    expect(actorPaths(bounded)).toEqual(actorPaths(full));
    for (const pg of bounded.filter((x) => x.path.startsWith('actors/')))
      expect(cited(serializePage(pg)).size, pg.path).toBeLessThanOrEqual(limit);
  });

  it('changes nothing when the corpus is within the bound', () => {
    const unbounded = buildPages(articles, projectTopic(), model);
    expect(unbounded.map(serializePage)).toEqual(full.map(serializePage));
    expect(full.map(serializePage).join('\n')).not.toContain('/sources/all/');
  });
});

describe('buildSourceList', () => {
  it('lists every source newest first, with its counts, only when the sources page is bounded', () => {
    const list = buildSourceList(articles, projectTopic(), model, 2);
    expect(list?.map((r) => r.id)).toEqual(newest);
    for (const art of articles) {
      const row = list?.find((r) => r.id === art.source.id);
      expect(row).toMatchObject({ quotes: art.quotes.length, figures: art.figures.length, events: art.events.length });
    }
    expect(buildSourceList(articles, projectTopic(), model, articles.length)).toBeNull();
  });
});
