/**
 * Splits the built site's pages into Pagefind indexes built one after another. Pagefind's memory
 * grows with the pages of one index (about 650 KB per source page), so one index over 10,000
 * source pages needs 6–7 GB; several smaller indexes each need a fraction. The first search of a
 * reader loads only the main bundle, whose size does not grow with the corpus; the others (the
 * archive of older sources) are merged in when the reader asks to search all sources.
 */

/** One Pagefind index to build: where its bundle goes and which HTML files (relative to the site) it holds. */
export interface SearchShard {
  /** The bundle's directory under the site, also its URL path without slashes ("pagefind"). */
  bundle: string;
  /** HTML files relative to the site root, with forward slashes. */
  files: string[];
}

/** What the search page reads from the main bundle's shards.json. */
export interface ShardManifest {
  /** URL paths of the archive bundles ("/pagefind-sources-1/"), merged when searching all sources. */
  bundles: string[];
  /** How many source pages the main bundle holds (the newest). */
  newest: number;
  /** How many source pages there are in all. */
  total: number;
}

/** The main bundle, the one every search loads; it also holds the quote and figure records. */
export const MAIN_BUNDLE = 'pagefind';

/** The file in the main bundle holding the ShardManifest as JSON. */
export const SHARDS_FILE = 'shards.json';

const SOURCE_PAGE = /^sources\/(?!all\/)([^/]+)\/index\.html$/;
// The paginated list of every source grows with the corpus, so it goes with the archive.
const SOURCE_LIST_PAGE = /^sources\/all\//;

/**
 * Returns the shards to index: the main bundle with the explainer, actor and other pages and the
 * source pages of the `mainSources` newest sources (`newestFirst` lists source ids newest first);
 * then the other source pages, newest first, and the list of all sources, in bundles of
 * `perShard` pages ("pagefind-sources-1", …).
 */
export function planSearchShards(
  htmlFiles: readonly string[],
  newestFirst: readonly string[],
  options: { mainSources: number; perShard: number },
): SearchShard[] {
  for (const [name, n] of Object.entries(options)) {
    const min = name === 'perShard' ? 1 : 0;
    if (!Number.isInteger(n) || n < min)
      throw new RangeError(`planSearchShards: expected ${name} to be a whole number ≥ ${min}, found ${n}`);
  }
  const rank = new Map(newestFirst.map((id, i) => [id, i]));
  const rankOf = (f: string) => rank.get(SOURCE_PAGE.exec(f)?.[1] ?? '') ?? Infinity;
  const files = [...htmlFiles].sort();
  const sources = files.filter((f) => SOURCE_PAGE.test(f)).sort((x, y) => rankOf(x) - rankOf(y) || (x < y ? -1 : 1));
  const lists = files.filter((f) => SOURCE_LIST_PAGE.test(f));
  const others = files.filter((f) => !SOURCE_PAGE.test(f) && !SOURCE_LIST_PAGE.test(f));
  const archive = [...sources.slice(options.mainSources), ...lists];
  const shards: SearchShard[] = [{ bundle: MAIN_BUNDLE, files: [...others, ...sources.slice(0, options.mainSources)] }];
  for (let i = 0; i < archive.length; i += options.perShard)
    shards.push({ bundle: `${MAIN_BUNDLE}-sources-${shards.length}`, files: archive.slice(i, i + options.perShard) });
  return shards;
}

/** Returns the manifest the search page reads: the archive bundles and how many sources each part covers. */
export function shardManifest(shards: readonly SearchShard[]): ShardManifest {
  const count = (s: SearchShard) => s.files.filter((f) => SOURCE_PAGE.test(f)).length;
  return {
    bundles: shards.slice(1).map((s) => `/${s.bundle}/`),
    newest: shards[0] ? count(shards[0]) : 0,
    total: shards.reduce((sum, s) => sum + count(s), 0),
  };
}

/** First line of the rules `withArchiveHeaderRules` adds to `_headers`; everything from it on is theirs. */
const ARCHIVE_RULES_MARK = '# Archive search bundles (added by scripts/index-search.ts):';

/**
 * Returns the `_headers` text with a year-long cache rule for the hashed folders of each archive
 * bundle, like public/_headers has for the main one: the bundles are only known once indexed, and
 * a rule per bundle needs no pattern inside a path segment, which hosts read differently. Rules
 * added by an earlier run are replaced, so indexing the same site twice adds them once.
 */
export function withArchiveHeaderRules(headers: string, shards: readonly SearchShard[]): string {
  const at = headers.indexOf(ARCHIVE_RULES_MARK);
  const base = (at >= 0 ? headers.slice(0, at) : headers).replace(/\n*$/, '\n');
  const archives = shards.filter((s) => s.bundle !== MAIN_BUNDLE);
  if (!archives.length) return base;
  const rules = archives.flatMap((s) =>
    ['fragment', 'index'].flatMap((folder) => [
      `/${s.bundle}/${folder}/*`,
      '  Cache-Control: public, max-age=31536000, immutable',
    ]),
  );
  return `${base}\n${ARCHIVE_RULES_MARK}\n${rules.join('\n')}\n`;
}
