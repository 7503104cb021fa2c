/**
 * The source pages' data files, with a cache: a page depends only on its article's extracted data,
 * the topic and which actors have pages, so when none of these changed its text is read back
 * instead of rebuilt. At 1,000 articles this is most of what a regeneration would otherwise do.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSourcePageData } from '../../src/lib/generate/pages/sources.ts';
import type { SiteModel } from '../../src/lib/generate/site-model.ts';
import { codeVersion } from './extract-articles.ts';
import { writeFileAtomic } from './fs.ts';

const root = join(import.meta.dirname, '..', '..');

/** Returns source id → the JSON text of its page data, newest article first. */
export function sourcePageTexts(
  model: SiteModel,
  keys: ReadonlyMap<string, string>,
  cacheDir: string | null,
): Array<{ id: string; text: string }> {
  // The extraction key already covers the article, the topic and the extraction code.
  const context = createHash('sha256')
    .update(cacheDir ? codeVersion([join(root, 'src', 'lib', 'generate'), join(root, 'src', 'lib', 'schema')]) : '')
    .update(model.actors.map((a) => a.id).join(','))
    .digest('hex');
  return model.articles.map((art) => {
    const id = art.source.id;
    const extractKey = keys.get(id);
    const key = extractKey && createHash('sha256').update(context).update(extractKey).digest('hex');
    const file = cacheDir && key ? join(cacheDir, `${key}.json`) : null;
    if (file) {
      try {
        const text = readFileSync(file, 'utf8');
        JSON.parse(text); // a corrupt entry is a miss, rebuilt and rewritten below
        return { id, text };
      } catch {
        // missing or corrupt
      }
    }
    const text = `${JSON.stringify(buildSourcePageData(model, art), null, 2)}\n`;
    if (file) writeFileAtomic(file, text);
    return { id, text };
  });
}
