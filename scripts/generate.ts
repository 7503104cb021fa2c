/**
 * CLI: reads content/articles/*.md and content/topic.yaml, extracts the data, and writes the
 * generated MDX pages (content/generated/) and the published data (public/data/*.json).
 * Usage: tsx scripts/generate.ts [--content DIR] [--data-out DIR] [--data-only] [--cache DIR | --no-cache] [--workers N]
 * --content: the folder holding topic.yaml, articles/ and generated/ (default: content/).
 * --cache: where extracted articles are cached by content hash (default: .cache/extract/).
 * --workers: extraction threads (default: one per core when there are enough articles; 0: none).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parseTopic } from '../src/lib/config/parse-topic.ts';
import { InputError, formatProblem, type Problem } from '../src/lib/errors.ts';
import { buildDataFiles } from '../src/lib/generate/data-files.ts';
import { buildPages, buildSourcePages } from '../src/lib/generate/site.ts';
import { buildSiteModel } from '../src/lib/generate/site-model.ts';
import { serializePage } from '../src/lib/generate/serialize.ts';
import { pageFrontmatterSchema } from '../src/lib/schema/page.ts';
import { listFiles, writeFileAtomic } from './support/fs.ts';
import { extractArticles } from './support/extract-articles.ts';

const root = join(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    content: { type: 'string', default: join(root, 'content') },
    'data-out': { type: 'string', default: join(root, 'public', 'data') },
    'data-only': { type: 'boolean', default: false },
    cache: { type: 'string', default: join(root, '.cache', 'extract') },
    'no-cache': { type: 'boolean', default: false },
    workers: { type: 'string' },
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
  topic = parseTopic(readFileSync(topicFile, 'utf8'), rel(topicFile));
} catch (e) {
  collect(rel(topicFile), e);
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}

const extraction = await extractArticles(args.content, topic, {
  cacheDir: args['no-cache'] ? null : args.cache,
  workers: args.workers === undefined ? undefined : Number(args.workers),
});
const { articles } = extraction;
problems.push(...extraction.problems);
console.log(
  `generate: ${articles.length} articles (${extraction.cached} from cache, ${extraction.extracted} extracted` +
    `${extraction.workers ? ` on ${extraction.workers} threads` : ''})`,
);

let written = 0;
for (const [name, content] of Object.entries(buildDataFiles(articles))) {
  if (writeFileAtomic(join(args['data-out'], name), content)) written++;
}
console.log(`generate: ${articles.length} articles → ${written} data files changed in ${rel(args['data-out'])}`);

if (!args['data-only']) {
  const pagesDir = join(args.content, 'generated');
  const model = buildSiteModel(articles, topic);
  const pages = buildPages(articles, topic, model);
  const keep = new Set<string>();
  let changed = 0;
  // Source pages are data rendered by src/pages/sources/[slug].astro, not MDX (see buildSourcePageData).
  const sourcePages = buildSourcePages(articles, topic, model);
  for (const data of sourcePages) {
    const file = join(pagesDir, 'sources', `${data.frontmatter.sourceId}.json`);
    keep.add(file);
    if (writeFileAtomic(file, `${JSON.stringify(data, null, 2)}\n`)) changed++;
  }
  for (const page of pages) {
    // A page the generator cannot describe correctly is a bug here, not bad input: fail loudly.
    pageFrontmatterSchema.parse(page.frontmatter);
    const file = join(pagesDir, `${page.path}.mdx`);
    keep.add(file);
    if (writeFileAtomic(file, serializePage(page))) changed++;
  }
  // Stale pages (an article or actor that is gone) are removed only after a clean run, so a bad
  // article never costs the site its last good page.
  let removed = 0;
  if (problems.length === 0) {
    for (const file of [...listFiles(pagesDir, '.mdx'), ...listFiles(pagesDir, '.json')]) {
      if (!keep.has(file)) {
        rmSync(file);
        removed++;
      }
    }
  }
  console.log(
    `generate: ${pages.length + sourcePages.length} pages → ${changed} changed, ${removed} removed in ${rel(pagesDir)}`,
  );
}

if (problems.length) {
  console.error(`\n${problems.length} problem(s) stopped the build; the other articles were generated:`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
