import { describe, expect, it } from 'vitest';
import type { ArticleData } from '../../src/lib/pipeline.ts';
import { pageInputs } from '../../src/lib/generate/page-inputs.ts';
import { serializePage } from '../../src/lib/generate/serialize.ts';
import { buildPages } from '../../src/lib/generate/site.ts';
import { buildSiteModel } from '../../src/lib/generate/site-model.ts';
import { projectArticles, projectTopic } from '../support/fixtures.ts';

const topic = projectTopic();
const articles = projectArticles();
const keys = new Map(articles.map((a) => [a.source.id, `key of ${a.source.id}`]));

/** The pages and their inputs for `arts`, where `changed` has a new cache key. */
function run(arts: ArticleData[], limit: number, changed?: string) {
  const model = buildSiteModel(arts, topic);
  const k = new Map(keys);
  if (changed) k.set(changed, `new key of ${changed}`);
  const built = buildPages(arts, topic, model, limit);
  const planned = pageInputs(model, k, limit);
  return {
    built,
    pages: built.map(serializePage),
    paths: planned.map((x) => x.path),
    inputs: planned.map((x) => x.inputs),
  };
}

// Edits that change what pages show: a title (shown wherever the source is cited), and dropping
// every quote, position and argument (which changes the actors a source speaks for).
const edits: Array<[string, (a: ArticleData) => ArticleData]> = [
  ['retitled', (a) => ({ ...a, source: { ...a.source, title: `${a.source.title} (updated)` } })],
  ['emptied', (a) => ({ ...a, quotes: [], positions: [], arguments: [] })],
];

describe('pageInputs', () => {
  describe.each([2, 4, 1000])('with at most %i sources per page', (limit) => {
    const before = run(articles, limit);

    it('gives the inputs of each page buildPages returns, with its path', () => {
      expect(before.paths).toEqual(before.built.map((pg) => pg.path));
    });

    it('builds any one page alone as buildPages builds it among all', () => {
      const plans = pageInputs(buildSiteModel(articles, topic), keys, limit);
      for (const i of [plans.length - 1, 0, Math.floor(plans.length / 2)])
        expect(serializePage(plans[i]!.plan.build()), plans[i]!.path).toBe(before.pages[i]);
    });

    it.each(edits)('names every page an article %s changes, and only pages that draw on it', (_, edit) => {
      let reused = 0;
      for (const art of articles) {
        const after = run(
          articles.map((a) => (a === art ? edit(a) : a)),
          limit,
          art.source.id,
        );
        expect(after.inputs).toHaveLength(after.pages.length);
        for (let i = 0; i < after.pages.length; i++)
          if (after.inputs[i] === before.inputs[i]) {
            reused++;
            expect(after.pages[i], `page ${i} after ${art.source.id} changed`).toBe(before.pages[i]);
          }
      }
      // Within the bound every page draws on every article: none can be reused.
      if (limit < articles.length) expect(reused).toBeGreaterThan(0);
      else expect(reused).toBe(0);
    });
  });
});
