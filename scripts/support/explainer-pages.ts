/**
 * The generated MDX pages (home, sections, actors), known by their inputs: each page depends only on
 * the articles it draws on (src/lib/generate/page-inputs.ts), the topic and the code, so writePages'
 * memo can recognise an unchanged page without building it. After one article changed that no page
 * draws on (an older one, at 1,000 articles with pages bounded to the newest 30), no page is built.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageInputs } from '../../src/lib/generate/page-inputs.ts';
import type { SiteModel } from '../../src/lib/generate/site-model.ts';
import { codeVersion } from './extract-articles.ts';
import type { PlannedPage } from './write-pages.ts';

const root = join(import.meta.dirname, '..', '..');

/**
 * Returns buildPages's pages for `model` as planned pages: each with a hash of its inputs (`keys`:
 * source id → extraction cache key; plus the topic and the code), built only when writePages asks
 * for one, and then only that page (after one article changed, the few pages drawing on it).
 */
export function explainerPages(model: SiteModel, keys: ReadonlyMap<string, string>): PlannedPage[] {
  // The library (page building, schemas, the pipeline whose output the pages show) and this file.
  const context = createHash('sha256')
    .update(codeVersion([join(root, 'src', 'lib')]))
    .update(readFileSync(import.meta.filename))
    .update(JSON.stringify(model.topic))
    .digest('hex');
  return pageInputs(model, keys).map(({ path, inputs, plan }) => ({
    path,
    key: createHash('sha256').update(context).update(inputs).digest('hex'),
    build: () => {
      const page = plan.build();
      if (page.path !== path) throw new Error(`internal: page planned as ${path} was built as ${page.path}`);
      return page;
    },
  }));
}
