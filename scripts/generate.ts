/**
 * CLI: reads content/articles/*.md and content/topic.yaml, extracts the data, and writes the
 * generated MDX pages (content/generated/) and the published data (public/data/*.json).
 * Usage: tsx scripts/generate.ts [--content DIR] [--data-out DIR] [--data-only]
 * --content: the folder holding topic.yaml, articles/ and generated/ (default: content/).
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parseTopic } from '../src/lib/config/parse-topic.ts';
import { InputError, formatProblem, type Problem } from '../src/lib/errors.ts';
import { processArticle, type ArticleData } from '../src/lib/pipeline.ts';
import { parseSourceFile } from '../src/lib/source-file.ts';
import { decodeText } from '../src/lib/decode-text.ts';
import { assignSlugs } from '../src/lib/article-slugs.ts';
import { buildDataFiles } from '../src/lib/generate/data-files.ts';
import { buildPages } from '../src/lib/generate/site.ts';
import { serializePage } from '../src/lib/generate/serialize.ts';
import { pageFrontmatterSchema } from '../src/lib/schema/page.ts';
import { listFiles, writeFileAtomic } from './support/fs.ts';

const root = join(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    content: { type: 'string', default: join(root, 'content') },
    'data-out': { type: 'string', default: join(root, 'public', 'data') },
    'data-only': { type: 'boolean', default: false },
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

const articlesDir = join(args.content, 'articles');
const articles: ArticleData[] = [];
const names = readdirSync(articlesDir)
  .filter((f) => f.endsWith('.md'))
  .sort();
const { slugs, problems: slugProblems } = assignSlugs(names, rel(articlesDir));
problems.push(...slugProblems);
const today = new Date().toISOString().slice(0, 10);
for (const [name, slug] of slugs) {
  const file = join(articlesDir, name);
  try {
    const parsed = parseSourceFile(decodeText(readFileSync(file), rel(file)), rel(file), { today });
    articles.push(processArticle({ slug, ...parsed }, topic));
  } catch (e) {
    collect(rel(file), e);
  }
}

let written = 0;
for (const [name, content] of Object.entries(buildDataFiles(articles))) {
  if (writeFileAtomic(join(args['data-out'], name), content)) written++;
}
console.log(`generate: ${articles.length} articles → ${written} data files changed in ${rel(args['data-out'])}`);

if (!args['data-only']) {
  const pagesDir = join(args.content, 'generated');
  const pages = buildPages(articles, topic);
  const keep = new Set<string>();
  let changed = 0;
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
    for (const file of listFiles(pagesDir, '.mdx')) {
      if (!keep.has(file)) {
        rmSync(file);
        removed++;
      }
    }
  }
  console.log(`generate: ${pages.length} pages → ${changed} changed, ${removed} removed in ${rel(pagesDir)}`);
}

if (problems.length) {
  console.error(`\n${problems.length} problem(s) stopped the build; the other articles were generated:`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
