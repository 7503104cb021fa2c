import { describe, expect, it } from 'vitest';
import { buildSearchRecords, newestSourceIds } from '../../src/lib/search/records.ts';
import { MAIN_BUNDLE, planSearchShards, shardManifest } from '../../src/lib/search/shards.ts';
import { buildSiteModel } from '../../src/lib/generate/site-model.ts';
import { projectArticles, projectTopic } from '../support/fixtures.ts';

const page = (id: string) => `sources/${id}/index.html`;
const others = ['index.html', 'actors/petro/index.html', 'figures/index.html', 'search/index.html'];
const lists = ['sources/all/1/index.html', 'sources/all/2/index.html'];
const ids = ['s5', 's4', 's3', 's2', 's1']; // newest first

describe('planSearchShards', () => {
  const files = [...lists, ...[...ids].reverse().map(page), ...others, 'sources/index.html'];
  const shards = planSearchShards(files, ids, { mainSources: 2, perShard: 2 });

  it('puts every page in exactly one shard', () => {
    expect(shards.flatMap((s) => s.files).sort()).toEqual([...files].sort());
  });

  it('keeps the explainer pages and the newest source pages in the main bundle', () => {
    expect(shards[0]!.bundle).toBe(MAIN_BUNDLE);
    expect(shards[0]!.files).toEqual(expect.arrayContaining([...others, 'sources/index.html', page('s5'), page('s4')]));
    expect(shards[0]!.files.filter((f) => /^sources\/s\d/.test(f))).toHaveLength(2);
  });

  it('puts older source pages, newest first, and the list of all sources in archive bundles of perShard pages', () => {
    expect(shards.slice(1)).toEqual([
      { bundle: 'pagefind-sources-1', files: [page('s3'), page('s2')] },
      { bundle: 'pagefind-sources-2', files: [page('s1'), lists[0]] },
      { bundle: 'pagefind-sources-3', files: [lists[1]] },
    ]);
  });

  it('needs no archive bundle when the main bundle holds every source', () => {
    expect(planSearchShards([...ids.map(page), ...others], ids, { mainSources: 10, perShard: 2 })).toHaveLength(1);
  });

  it('describes the archive in the manifest the search page reads', () => {
    expect(shardManifest(shards)).toEqual({
      bundles: shards.slice(1).map((s) => `/${s.bundle}/`),
      newest: 2,
      total: 5,
    });
  });

  it('rejects a shard size below one page', () => {
    expect(() => planSearchShards(files, ids, { mainSources: 2, perShard: 0 })).toThrow(/perShard .* ≥ 1, found 0/);
  });
});

describe('buildSearchRecords with a bound on sources', () => {
  const articles = projectArticles();
  const topic = projectTopic();
  const model = buildSiteModel(articles, topic);
  const data = {
    sources: [...model.sources.values()].reverse(),
    quotes: model.quotes,
    quotedWords: model.quotedWords,
    figures: model.figures,
  };

  it('orders source ids newest first, as the explainer pages do', () => {
    expect(newestSourceIds(data.sources, Infinity)).toEqual(model.articles.map((a) => a.source.id));
  });

  it('makes records only for the quotes and figures of the newest sources', () => {
    const limit = 2;
    const kept = new Set(model.articles.slice(0, limit).map((a) => a.source.id));
    const bounded = buildSearchRecords(topic, data, limit);
    const all = buildSearchRecords(topic, data);
    const sourceOf = (url: string) => /^\/sources\/([^/]+)\//.exec(url)?.[1] ?? '';
    expect(bounded.length).toBeGreaterThan(0);
    expect(bounded.length).toBeLessThan(all.length);
    expect(bounded.every((r) => kept.has(sourceOf(r.url)))).toBe(true);
    expect(bounded).toEqual(all.filter((r) => kept.has(sourceOf(r.url))));
  });
});
