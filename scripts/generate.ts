/**
 * CLI: reads content/articles/*.md and content/topic.yaml, extracts the data, and writes the
 * generated MDX pages (content/generated/) and the published data (public/data/*.json).
 * Usage: tsx scripts/generate.ts [--content DIR] [--data-out DIR] [--data-only] [--cache DIR | --no-cache] [--workers N] [--check]
 * --content: the folder holding topic.yaml, overrides.yaml, articles/, pages/ and generated/ (default: content/).
 * --check: write nothing; fail, listing the files, if the committed pages are not what the articles,
 * the topic config and the overrides produce (run by `npm run check`).
 * --cache: where extracted articles and source pages are cached by content hash (default: .cache/).
 * --workers: extraction threads (default: one per core when there are enough articles; 0: none).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parseOverrides, type OverrideLines } from '../src/lib/config/parse-overrides.ts';
import { NO_OVERRIDES } from '../src/lib/apply-overrides.ts';
import { InputError, formatProblem, type Problem } from '../src/lib/errors.ts';
import { decodeText } from '../src/lib/decode-text.ts';
import { buildPages, buildSourceList } from '../src/lib/generate/site.ts';
import { buildSiteModel } from '../src/lib/generate/site-model.ts';
import { explainerPages } from './support/explainer-pages.ts';
import { extractArticles } from './support/extract-articles.ts';
import { readTopic } from './support/read-topic.ts';
import { sourcePageStore, sourcePageTexts } from './support/source-pages.ts';
import { logMemory } from './support/debug-memory.ts';
import { writeDataFiles } from './support/write-data-files.ts';
import { writePages, type DataPage } from './support/write-pages.ts';

// After the imports: the time start-up takes is not the generator's.
const started = performance.now();
const root = join(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    content: { type: 'string', default: join(root, 'content') },
    'data-out': { type: 'string', default: join(root, 'public', 'data') },
    'data-only': { type: 'boolean', default: false },
    cache: { type: 'string', default: join(root, '.cache') },
    'no-cache': { type: 'boolean', default: false },
    workers: { type: 'string' },
    check: { type: 'boolean', default: false },
  },
});

const rel = (p: string) => relative(process.cwd(), p) || p;
const problems: Problem[] = [];
const collect = (file: string, e: unknown) => {
  if (e instanceof InputError) problems.push(...e.problems);
  else if ((e as NodeJS.ErrnoException).code === 'ENOENT')
    problems.push({
      file,
      message: 'expected this file, found none',
      fix: 'create it (see README.md) or pass --content <folder>',
    });
  else
    problems.push({
      file,
      message: `could not be processed: ${(e as Error).stack ?? String(e)}`,
      fix: 'report this as a bug with the file attached',
    });
};

const topicFile = join(args.content, 'topic.yaml');
let topic;
try {
  // --check writes nothing, not even the cache.
  topic = readTopic(topicFile, rel(topicFile), args['no-cache'] || args.check ? null : join(args.cache, 'topic.json'));
} catch (e) {
  collect(rel(topicFile), e);
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}

// Corrections to extraction (optional file; see CONTRIBUTING.md).
const overridesFile = join(args.content, 'overrides.yaml');
let overrides = NO_OVERRIDES;
let overrideLines: OverrideLines = new Map();
if (existsSync(overridesFile)) {
  try {
    ({ overrides, lines: overrideLines } = parseOverrides(
      decodeText(readFileSync(overridesFile), rel(overridesFile)),
      rel(overridesFile),
      topic,
    ));
  } catch (e) {
    // Pages written without the corrections would be wrong: stop before writing anything.
    collect(rel(overridesFile), e);
    for (const p of problems) console.error(formatProblem(p));
    process.exit(1);
  }
}

// Source pages are data rendered by src/pages/sources/[slug].astro, not MDX (see buildSourcePageData).
const sourcePageCache = args['no-cache'] ? null : join(args.cache, 'source-pages');
const extraction = await extractArticles(args.content, topic, {
  cacheDir: args['no-cache'] ? null : join(args.cache, 'extract'),
  workers: args.workers === undefined ? undefined : Number(args.workers),
  overrides,
  // Pages built alongside the extraction go to the cache as they arrive, not held until written.
  storeSourcePage: sourcePageCache ? sourcePageStore(sourcePageCache) : undefined,
});
logMemory('after extraction');
const { articles } = extraction;
problems.push(...extraction.problems);
console.log(
  `generate: ${articles.length} articles (${extraction.cached} from cache, ${extraction.extracted} extracted` +
    `${extraction.workers ? ` on ${extraction.workers} threads` : ''})`,
);

// An override that corrects nothing is stale (the article or sentence changed): say so, with its line.
const used = new Set<string>(articles.flatMap((a) => a.overridesUsed));
for (const [key, line] of overrideLines)
  if (!used.has(key))
    console.warn(
      `note: ${formatProblem({ file: rel(overridesFile), line, message: `override ${key} matches nothing in the articles`, fix: 'check its source and sentence id on the source page, or delete the entry' })}`,
    );

if (!args.check) {
  const written = writeDataFiles(
    articles,
    args['data-out'],
    extraction.keys,
    args['no-cache'] ? null : join(args.cache, 'data-files.json'),
  );
  console.log(
    `generate: ${articles.length} articles → ${written.length} data files changed in ${rel(args['data-out'])}`,
  );
  logMemory('after data files');
}

if (!args['data-only']) {
  const pagesDir = join(args.content, 'generated');
  const model = buildSiteModel(articles, topic);
  logMemory('after site model');
  // Without a cache every page is built (its key is the page itself), as before.
  const pages = args['no-cache'] ? buildPages(articles, topic, model) : explainerPages(model, extraction.keys);
  logMemory('after pages built');
  const sourcePages: DataPage[] = sourcePageTexts(model, extraction.keys, sourcePageCache, extraction.sourcePages).map(
    ({ id, key, text }) => ({
      path: join('sources', `${id}.json`),
      content: text,
      key,
    }),
  );
  // When the sources page shows only the newest, the full list is rendered page by page from data.
  const sourceList = buildSourceList(articles, topic, model);
  if (sourceList) sourcePages.push({ path: 'sources-list.json', content: `${JSON.stringify(sourceList)}\n` });
  const report = await writePages(pages, sourcePages, {
    generatedDir: pagesDir,
    pagesDir: join(args.content, 'pages'),
    sources: new Map(articles.map((a) => [a.source.id, new Set(extraction.anchors.get(a.source.id))])),
    dryRun: args.check,
    removeStale: problems.length === 0,
    rel,
    memoFile: args['no-cache'] ? null : join(args.cache, 'pages.json'),
  });
  logMemory('after pages written');
  problems.push(...report.problems);
  for (const n of report.notices) console.warn(`note: ${formatProblem(n)}`);
  const total = pages.length + sourcePages.length;
  if (args.check) {
    const stale = [...report.changed, ...report.removed].map(rel);
    if (stale.length) {
      console.error(`check: ${stale.length} generated file(s) are not what the articles and config produce:`);
      for (const f of stale) console.error(`  ${f}`);
      console.error('Fix: run npm run generate and commit the result.');
      process.exitCode = 1;
    } else console.log(`check: the ${total} generated pages are up to date`);
  } else
    console.log(
      `generate: ${total} pages → ${report.changed.length} changed, ${report.removed.length} removed in ${rel(pagesDir)}`,
    );
}

console.log(`generate: done in ${((performance.now() - started) / 1000).toFixed(2)} s after start-up`);

if (problems.length) {
  console.error(`\n${problems.length} problem(s) stopped the build; the other articles were generated:`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
