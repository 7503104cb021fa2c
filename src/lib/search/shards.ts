/**
 * Splits the built site's pages into Pagefind indexes built one after another. Pagefind's memory
 * grows with the pages of one index (about 650 KB per source page), so one index over 10,000
 * source pages needs 6–7 GB; several smaller indexes, merged in the browser, each need a fraction.
 */

/** One Pagefind index to build: where its bundle goes and which HTML files (relative to the site) it holds. */
export interface SearchShard {
  /** The bundle's directory under the site, also its URL path without slashes ("pagefind"). */
  bundle: string;
  /** HTML files relative to the site root, with forward slashes. */
  files: string[];
}

/** The main bundle, the one the search page loads first; it also holds the quote and figure records. */
export const MAIN_BUNDLE = 'pagefind';

const SOURCE_PAGE = /^sources\/(?!all\/)[^/]+\/index\.html$/;

/**
 * Returns the shards to index: the explainer, actor and list pages plus the first `perShard`
 * source pages in the main bundle, and the remaining source pages in bundles of `perShard`
 * ("pagefind-sources-1", …), all in file-name order so the split is stable between builds.
 */
export function planSearchShards(htmlFiles: readonly string[], perShard: number): SearchShard[] {
  if (!Number.isInteger(perShard) || perShard < 1)
    throw new RangeError(`planSearchShards: expected a whole number of pages per shard ≥ 1, found ${perShard}`);
  const files = [...htmlFiles].sort();
  const sources = files.filter((f) => SOURCE_PAGE.test(f));
  const others = files.filter((f) => !SOURCE_PAGE.test(f));
  const shards: SearchShard[] = [{ bundle: MAIN_BUNDLE, files: [...others, ...sources.slice(0, perShard)] }];
  for (let i = perShard; i < sources.length; i += perShard)
    shards.push({ bundle: `${MAIN_BUNDLE}-sources-${shards.length}`, files: sources.slice(i, i + perShard) });
  return shards;
}

/** The file in the main bundle listing the other bundles' URL paths, as a JSON array. */
export const SHARDS_FILE = 'shards.json';
