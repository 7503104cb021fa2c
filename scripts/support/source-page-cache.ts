/**
 * Where the source pages' cache keeps a page, and storing one there. A module of its own, with no
 * page-building code, so that the extraction workers can store the pages they build themselves.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { writeFileAtomic } from './fs.ts';

/** The source pages' cache, as plain data that can be sent to a worker thread. */
export interface SourcePageCache {
  /** The cache folder. */
  dir: string;
  /** A hash of the page-building code, part of every page's key (see source-pages.ts). */
  context: string;
}

/**
 * The key of the page built from the article with extraction key `extractKey`: the extraction key
 * already covers the article, the topic and the extraction code, and the page depends on nothing
 * else but the page-building code.
 */
export function sourcePageKey(cache: SourcePageCache, extractKey: string): string {
  return createHash('sha256').update(cache.context).update(extractKey).digest('hex');
}

/** The cache file of the page with key `pageKey`. */
export function sourcePageFile(cache: SourcePageCache, pageKey: string): string {
  return join(cache.dir, `${pageKey}.json`);
}

/** Stores a page's JSON text in the cache, atomically, under its article's extraction key. */
export function storeSourcePage(cache: SourcePageCache, extractKey: string, text: string): void {
  writeFileAtomic(sourcePageFile(cache, sourcePageKey(cache, extractKey)), text);
}
