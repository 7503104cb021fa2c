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

const root = join(import.meta.dirname, '..', '..');

/**
 * The cache file of the page built from the article with extraction key `extractKey`. The
 * extraction key already covers the article, the topic and the extraction code; the page depends
 * on nothing else but the page-building code (see src/lib/generate/source-page-text.ts).
 */
function pageKeyer(): (extractKey: string) => string {
  const context = createHash('sha256')
    .update(codeVersion([join(root, 'src', 'lib', 'generate'), join(root, 'src', 'lib', 'schema')]))
    .digest('hex');
  return (extractKey) => createHash('sha256').update(context).update(extractKey).digest('hex');
}

/**
 * Returns a function that stores a page text built by the extraction workers in the cache as
 * soon as it arrives (by its article's extraction key), so the texts are not all held in memory
 * until the pages are written; `sourcePageTexts` then reads it back when the page is written.
 */
export function sourcePageStore(cacheDir: string): (extractKey: string, text: string) => void {
  const keyOf = pageKeyer();
  return (extractKey, text) => writeFileAtomic(join(cacheDir, `${keyOf(extractKey)}.json`), text);
}

/**
 * Returns, per source id (newest article first), the JSON text of its page data and the cache key
 * it was made from. A text is read from the cache, or built, only when asked for (see DataPage in
 * write-pages.ts): a page whose file is known to hold it already is neither read nor built.
 * `built` holds the texts built by the extraction workers (extract-one.ts) that were not stored
 * with `sourcePageStore`; each is taken out of the map as it is stored in the cache.
 */
export function sourcePageTexts(
  model: SiteModel,
  keys: ReadonlyMap<string, string>,
  cacheDir: string | null,
  built: Map<string, string> = new Map(),
): Array<{ id: string; key: string | undefined; text: string | (() => string) }> {
  const keyOf = cacheDir ? pageKeyer() : undefined;
  return model.articles.map((art) => {
    const id = art.source.id;
    const extractKey = keys.get(id);
    const key = extractKey && keyOf?.(extractKey);
    const file = cacheDir && key ? join(cacheDir, `${key}.json`) : null;
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
