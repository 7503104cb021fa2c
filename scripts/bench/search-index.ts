/**
 * CLI: indexes a built site with scripts/index-search.ts and prints Pagefind's peak memory and the
 * bytes of a first search (BENCH_VERBOSE=1 lists each fetched file), so the search index can be
 * tuned without rebuilding the site. The site's index is rewritten.
 * Usage: tsx scripts/bench/search-index.ts --site DIR --topic DIR/../content/topic.yaml [--per-shard N] [--query Q] [--port P] [--all]
 */
import { parseArgs } from 'node:util';
import { measure } from './measure.ts';
import { measureSearchBytes } from './search-bytes.ts';

const { values: args } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    topic: { type: 'string', default: 'content/topic.yaml' },
    'per-shard': { type: 'string', default: '2000' },
    query: { type: 'string', multiple: true, default: ['United States'] },
    port: { type: 'string', default: '4341' },
    // Also measure the search of all sources (the archive bundles merged).
    all: { type: 'boolean', default: false },
  },
});
const run = await measure(
  'npx',
  ['tsx', 'scripts/index-search.ts', '--site', args.site, '--topic', args.topic, '--per-shard', args['per-shard']],
  { cwd: process.cwd() },
);
console.log(`index-search: ${run.seconds.toFixed(1)} s, peak RSS ${((run.peakRss ?? 0) / 1e6).toFixed(0)} MB`);
for (const query of args.query)
  for (const params of args.all ? ['', '&all=1'] : ['']) {
    const bytes = await measureSearchBytes(args.site, query, Number(args.port), params);
    if (bytes)
      console.log(
        `first search "${query}"${params ? ' of all sources' : ''}: ${(bytes.bytes / 1e3).toFixed(0)} KB stored, ${(bytes.gzipBytes / 1e3).toFixed(0)} KB gzipped, ${bytes.results} results`,
      );
  }
