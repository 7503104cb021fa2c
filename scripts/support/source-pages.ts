/**
 * The source pages' data files, with a cache: a page depends only on its article's extracted data
 * and the topic (the actors it links to are the ones its own article features, see
 * src/lib/generate/source-page-text.ts), so when neither changed its text is read back
 * instead of rebuilt. At 1,000 articles this is most of what a regeneration would otherwise do.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSourcePageData } from '../../src/lib/generate/pages/sources.ts';
import type { SiteModel } from '../../src/lib/generate/site-model.ts';
import { codeVersion } from './extract-articles.ts';
import { writeFileAtomic } from './fs.ts';
import { sourcePageFile, sourcePageKey, type SourcePageCache } from './source-page-cache.ts';

const root = join(import.meta.dirname, '..', '..');

/**
 * The source pages' cache in `dir`. A page's key is its article's extraction key (which covers the
 * article, the topic and the extraction code) hashed with the page-building code, the only other
 * thing a page depends on (see src/lib/generate/source-page-text.ts).
 */
export function sourcePageCache(dir: string): SourcePageCache {
  const context = createHash('sha256')
    .update(codeVersion([join(root, 'src', 'lib', 'generate'), join(root, 'src', 'lib', 'schema')]))
    .digest('hex');
  return { dir, context };
}

/**
 * Returns, per source id (newest article first), the JSON text of its page data and the cache key
 * it was made from. A text is read from the cache, or built, only when asked for (see DataPage in
 * write-pages.ts): a page whose file is known to hold it already is neither read nor built.
 * `built` holds page texts built during the extraction but not stored in the cache; each is taken
 * out of the map as it is stored. `stored` names the sources whose page the extraction stored in
 * the cache in this run, which are read back without checking them.
 */
export function sourcePageTexts(
  model: SiteModel,
  keys: ReadonlyMap<string, string>,
  cache: SourcePageCache | null,
  built: Map<string, string> = new Map(),
  stored: ReadonlySet<string> = new Set(),
): Array<{ id: string; key: string | undefined; text: string | (() => string) }> {
  return model.articles.map((art) => {
    const id = art.source.id;
    const extractKey = keys.get(id);
    const key = cache && extractKey ? sourcePageKey(cache, extractKey) : undefined;
    const file = cache && key ? sourcePageFile(cache, key) : null;
    const build = () => {
      const text = `${JSON.stringify(buildSourcePageData(model, art), null, 2)}\n`;
      if (file) writeFileAtomic(file, text);
      return text;
    };
    const prebuilt = built.get(id);
    if (prebuilt !== undefined && file) {
      writeFileAtomic(file, prebuilt);
      built.delete(id);
    } else if (prebuilt !== undefined) return { id, key: undefined, text: prebuilt };
    if (!file) return { id, key: undefined, text: build() };
    // Written whole (atomically) by this run moments ago, so not parsed again to check it (a
    // cold run at 1,000 articles spent 20–40 ms on that, on the one thread left working).
    if (stored.has(id)) return { id, key, text: () => readFileSync(file, 'utf8') };
    const read = () => {
      try {
        const text = readFileSync(file, 'utf8');
        JSON.parse(text); // a corrupt entry is a miss, rebuilt and rewritten
        return text;
      } catch {
        return build(); // missing or corrupt
      }
    };
    // Built only when asked for, too: the pages are written one by one, and at 10,000 articles
    // holding every page's text (and reading every article's doc) at once would not fit.
    return { id, key, text: existsSync(file) ? read : build };
  });
}
