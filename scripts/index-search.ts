/**
 * CLI: builds the Pagefind search index over the built site in dist/ (run after `astro build`).
 * Usage: tsx scripts/index-search.ts [--site dist]
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';

const { values: args } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const site = args.site;

const fail = (what: string, errors: string[]) => {
  console.error(`index-search: ${what} failed:\n  ${errors.join('\n  ')}`);
  process.exitCode = 1;
};

const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) {
  fail('creating the Pagefind index', createErrors);
} else {
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) fail(`indexing ${site}`, added.errors);
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) fail('writing the index', written.errors);
  if (added.page_count === 0) fail(`indexing ${site}`, ['no pages found: did `astro build` run?']);
  else console.log(`index-search: ${added.page_count} pages indexed into ${join(site, 'pagefind')}`);
}
await pagefind.close();
