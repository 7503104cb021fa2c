/**
 * CLI: builds the Pagefind search index over the built site in dist/ (run after `astro build`),
 * plus one record per quote and per figure from the published data (dist/data/), so quotes and
 * figures are search results of their own.
 * Usage: tsx scripts/index-search.ts [--site dist] [--topic content/topic.yaml]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { z } from 'astro/zod';
import { parseTopic } from '../src/lib/config/parse-topic.ts';
import { figureSchema, quotedWordsSchema, quoteSchema, sourceSchema } from '../src/lib/schema/data.ts';
import { buildSearchRecords } from '../src/lib/search/records.ts';

const { values: args } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    topic: { type: 'string', default: join(process.env['SOURCEBOOK_CONTENT_DIR'] ?? 'content', 'topic.yaml') },
  },
});
const site = args.site;

const fail = (what: string, errors: string[]) => {
  console.error(`index-search: ${what} failed:\n  ${errors.join('\n  ')}`);
  process.exitCode = 1;
};
const readData = <S extends z.ZodType>(name: string, schema: S): Array<z.infer<S>> =>
  z.array(schema).parse(JSON.parse(readFileSync(join(site, 'data', name), 'utf8')));

const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) {
  fail('creating the Pagefind index', createErrors);
} else {
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) fail(`indexing ${site}`, added.errors);
  const topic = parseTopic(readFileSync(args.topic, 'utf8'), args.topic);
  const records = buildSearchRecords(topic, {
    sources: readData('sources.json', sourceSchema),
    quotes: readData('quotes.json', quoteSchema),
    quotedWords: readData('quoted-words.json', quotedWordsSchema),
    figures: readData('figures.json', figureSchema),
  });
  for (const record of records) {
    const result = await index.addCustomRecord(record);
    if (result.errors.length) fail(`indexing the record for ${record.url}`, result.errors);
  }
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) fail('writing the index', written.errors);
  if (added.page_count === 0) fail(`indexing ${site}`, ['no pages found: did `astro build` run?']);
  else
    console.log(
      `index-search: ${added.page_count} pages and ${records.length} quote and figure records indexed into ${join(site, 'pagefind')}`,
    );
}
await pagefind.close();
