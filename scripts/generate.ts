/**
 * CLI: reads content/articles/*.md and content/topic.yaml, extracts the data, and writes the
 * generated MDX pages (content/generated/) and the published data (public/data/*.json).
 * Usage: tsx scripts/generate.ts [--data-out DIR] [--data-only]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parseTopic } from '../src/lib/config/parse-topic.ts';
import { InputError, formatProblem, type Problem } from '../src/lib/errors.ts';
import { processArticle, type ArticleData } from '../src/lib/pipeline.ts';
import { parseSourceFile } from '../src/lib/source-file.ts';
import { buildDataFiles } from '../src/lib/generate/data-files.ts';
import { writeFileAtomic } from './support/fs.ts';

const root = join(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    'data-out': { type: 'string', default: join(root, 'public', 'data') },
    'data-only': { type: 'boolean', default: false },
  },
});

const rel = (p: string) => relative(process.cwd(), p) || p;
const problems: Problem[] = [];
const collect = (file: string, e: unknown) => {
  if (e instanceof InputError) problems.push(...e.problems);
  else problems.push({ file, message: `could not be processed: ${(e as Error).stack ?? String(e)}`, fix: 'report this as a bug with the file attached' });
};

const topicFile = join(root, 'content', 'topic.yaml');
let topic;
try {
  topic = parseTopic(readFileSync(topicFile, 'utf8'), rel(topicFile));
} catch (e) {
  collect(rel(topicFile), e);
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}

const articlesDir = join(root, 'content', 'articles');
const articles: ArticleData[] = [];
for (const name of readdirSync(articlesDir).filter((f) => f.endsWith('.md')).sort()) {
  const file = join(articlesDir, name);
  try {
    const parsed = parseSourceFile(readFileSync(file, 'utf8'), rel(file));
    articles.push(processArticle({ slug: name.replace(/\.md$/, ''), ...parsed }, topic));
  } catch (e) {
    collect(rel(file), e);
  }
}

let written = 0;
for (const [name, content] of Object.entries(buildDataFiles(articles))) {
  if (writeFileAtomic(join(args['data-out'], name), content)) written++;
}
console.log(`generate: ${articles.length} articles → ${written} data files changed in ${rel(args['data-out'])}`);

if (problems.length) {
  console.error(`\n${problems.length} problem(s) stopped the build; the other articles were generated:`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
