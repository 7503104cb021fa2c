/**
 * CLI: builds the Pagefind search indexes over the built site in dist/ (run after `astro build`):
 * the main bundle (dist/pagefind/) with the explainer and actor pages, the `--main-sources` newest
 * source pages and one record per quote and figure of the newest sources; the other source pages
 * in bundles of `--per-shard` (dist/pagefind-sources-N/), which the search page merges when the
 * reader searches all sources. Shards are
 * built one after another so Pagefind's memory is bounded by the largest shard, not the site.
 * Usage: tsx scripts/index-search.ts [--site dist] [--topic content/topic.yaml] [--main-sources 300] [--per-shard 2000]
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { z } from 'astro/zod';
import { parseTopic } from '../src/lib/config/parse-topic.ts';
import { EXPLAINER_SOURCE_LIMIT } from '../src/lib/generate/site.ts';
import { figureSchema, quotedWordsSchema, quoteSchema, sourceSchema } from '../src/lib/schema/data.ts';
import { buildSearchRecords, newestSourceIds } from '../src/lib/search/records.ts';
import {
  MAIN_BUNDLE,
  planSearchShards,
  shardManifest,
  SHARDS_FILE,
  withArchiveHeaderRules,
} from '../src/lib/search/shards.ts';
import { writeFileAtomic } from './support/fs.ts';

const { values: args } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    topic: { type: 'string', default: join(process.env['SOURCEBOOK_CONTENT_DIR'] ?? 'content', 'topic.yaml') },
    // Measured at 1,000 and 10,000 articles (README, Scale): the main bundle's source pages set
    // what a first search fetches; a shard's pages set Pagefind's peak memory.
    'main-sources': { type: 'string', default: process.env['SOURCEBOOK_SEARCH_MAIN_SOURCES'] ?? '300' },
    'per-shard': { type: 'string', default: process.env['SOURCEBOOK_SEARCH_SHARD'] ?? '2000' },
  },
});
const site = args.site;

const fail = (what: string, errors: string[]) => {
  console.error(`index-search: ${what} failed:\n  ${errors.join('\n  ')}`);
  process.exitCode = 1;
};
const readData = <S extends z.ZodType>(name: string, schema: S): Array<z.infer<S>> =>
  z.array(schema).parse(JSON.parse(readFileSync(join(site, 'data', name), 'utf8')));

const htmlFiles = (readdirSync(site, { recursive: true }) as string[])
  .map((f) => f.split('\\').join('/'))
  .filter((f) => f.endsWith('.html') && !/^pagefind/.test(f));
const sources = readData('sources.json', sourceSchema);
const shards = planSearchShards(htmlFiles, newestSourceIds(sources, Infinity), {
  mainSources: Number(args['main-sources']),
  perShard: Number(args['per-shard']),
});

// Bundles of an earlier build with more shards would otherwise linger and be merged.
for (const entry of readdirSync(site))
  if (entry.startsWith(MAIN_BUNDLE)) rmSync(join(site, entry), { recursive: true });

let pages = 0;
let recordCount = 0;
for (const shard of shards) {
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) {
    fail('creating the Pagefind index', createErrors);
    break;
  }
  for (const file of shard.files) {
    const added = await index.addHTMLFile({ sourcePath: file, content: readFileSync(join(site, file), 'utf8') });
    if (added.errors.length) fail(`indexing ${file}`, added.errors);
  }
  if (shard.bundle === MAIN_BUNDLE) {
    const topic = parseTopic(readFileSync(args.topic, 'utf8'), args.topic);
    const records = buildSearchRecords(
      topic,
      {
        sources,
        quotes: readData('quotes.json', quoteSchema),
        quotedWords: readData('quoted-words.json', quotedWordsSchema),
        figures: readData('figures.json', figureSchema),
      },
      EXPLAINER_SOURCE_LIMIT,
    );
    for (const record of records) {
      const result = await index.addCustomRecord(record);
      if (result.errors.length) fail(`indexing the record for ${record.url}`, result.errors);
    }
    recordCount = records.length;
  }
  const written = await index.writeFiles({ outputPath: join(site, shard.bundle) });
  if (written.errors.length) fail(`writing the index ${shard.bundle}`, written.errors);
  // Frees the shard's index in Pagefind's process before the next one is built.
  await index.deleteIndex();
  pages += shard.files.length;
}
await pagefind.close();
// The search page reads which bundles to merge for a search of all sources from here.
writeFileAtomic(join(site, MAIN_BUNDLE, SHARDS_FILE), JSON.stringify(shardManifest(shards)));
// Hosts that read _headers cache the archive bundles' hashed files for a year too.
const headersFile = join(site, '_headers');
if (existsSync(headersFile))
  writeFileAtomic(headersFile, withArchiveHeaderRules(readFileSync(headersFile, 'utf8'), shards));
if (pages === 0) fail(`indexing ${site}`, ['no pages found: did `astro build` run?']);
else
  console.log(
    `index-search: ${pages} HTML files in ${shards.length} bundle(s) and ${recordCount} quote and figure records indexed into ${join(site, MAIN_BUNDLE)}*`,
  );
