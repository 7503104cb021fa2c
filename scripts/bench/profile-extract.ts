/**
 * Measures cold extraction throughput in-process: runs processArticle over the bundled articles,
 * the held-out ones and a synthetic corpus, and prints articles/s and time per extraction step.
 * Usage: tsx scripts/bench/profile-extract.ts [--size 200] [--seed 7] [--rounds 1] [--dump FILE]
 * `--dump FILE` writes the output of every article as JSON, to prove an optimisation changes nothing.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseTopic } from '../../src/lib/config/parse-topic.ts';
import { parseSourceFile } from '../../src/lib/source-file.ts';
import { synthesizeArticle } from '../../src/lib/bench/synthetic-corpus.ts';
import { processArticle, type ArticleInput } from '../../src/lib/pipeline.ts';
import { cleanArticle } from '../../src/lib/extract/clean.ts';
import { inferMetadata } from '../../src/lib/extract/metadata.ts';
import { segmentArticle } from '../../src/lib/extract/segment.ts';
import { withArticleOfficials } from '../../src/lib/extract/officials.ts';
import { extractQuotes } from '../../src/lib/extract/quotes.ts';
import { extractQuotedWords } from '../../src/lib/extract/quoted-words.ts';
import { extractFigures } from '../../src/lib/extract/figures.ts';
import { extractPositions } from '../../src/lib/extract/positions.ts';
import { extractEvents } from '../../src/lib/extract/events.ts';
import { extractArguments } from '../../src/lib/extract/arguments.ts';
import { readMaterial } from './corpus.ts';
import type { Topic } from '../../src/lib/schema/topic.ts';

const root = join(import.meta.dirname, '..', '..');

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '200' },
    seed: { type: 'string', default: '7' },
    rounds: { type: 'string', default: '1' },
    dump: { type: 'string' },
  },
});

const topicFile = join(root, 'content', 'topic.yaml');
const topic = parseTopic(readFileSync(topicFile, 'utf8'), topicFile);

/** The bundled and held-out articles, as the pipeline receives them. */
function realArticles(): ArticleInput[] {
  const dir = join(root, 'content', 'articles');
  const bundled = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ slug: f.replace(/\.md$/, ''), ...parseSourceFile(readFileSync(join(dir, f), 'utf8'), f) }));
  const hdir = join(root, 'tests', 'holdout', 'articles');
  const holdout = readdirSync(hdir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      slug: f.replace(/\.txt$/, ''),
      frontmatter: { title: null, outlet: null, url: null, published: null, authors: [] },
      body: readFileSync(join(hdir, f), 'utf8'),
    }));
  return [...bundled, ...holdout];
}

const material = readMaterial();
const synthetic = (n: number, seed: number): ArticleInput[] =>
  Array.from({ length: n }, (_, i) => synthesizeArticle(material, seed, i));

if (values.dump) {
  const inputs = [...realArticles(), ...synthetic(50, 1)];
  const out = inputs.map((a) => processArticle(a, topic));
  writeFileSync(values.dump, JSON.stringify(out, null, 1));
  console.log(`dumped ${out.length} articles to ${values.dump}`);
  process.exit(0);
}

// CPU time rather than wall time: the machine is shared, and only our own work should count.
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** processArticle's steps, timed one by one (same calls, overrides left out). */
function timedSteps(input: ArticleInput, t: Topic, acc: Map<string, number>): void {
  let last = cpuMs();
  const lap = (name: string): void => {
    const now = cpuMs();
    acc.set(name, (acc.get(name) ?? 0) + now - last);
    last = now;
  };
  const guessed = inferMetadata(input.body);
  lap('metadata');
  const cleaned = cleanArticle(input.body, { title: input.frontmatter.title ?? guessed.title });
  lap('clean');
  const doc = segmentArticle(cleaned.paragraphs, input.frontmatter.published ?? guessed.published);
  lap('segment');
  const local = withArticleOfficials(doc, t);
  lap('officials');
  const quotes = extractQuotes(doc, local);
  lap('quotes');
  extractQuotedWords(doc, local);
  lap('quoted-words');
  extractFigures(doc, t);
  lap('figures');
  extractPositions(doc, local, quotes);
  lap('positions');
  extractEvents(doc, t);
  lap('events');
  extractArguments(doc, local, quotes);
  lap('arguments');
}

const size = Number(values.size);
const rounds = Number(values.rounds);
// Warm-up outside the measurement: module-level compilation and the JIT, as in a long generate run.
for (const a of realArticles()) processArticle(a, topic);

const corpus = synthetic(size, Number(values.seed));
const words = corpus.reduce((n, a) => n + a.body.split(/\s+/).length, 0);
let best = Infinity;
for (let r = 0; r < rounds; r++) {
  const t0 = cpuMs();
  for (const a of corpus) processArticle(a, topic);
  best = Math.min(best, cpuMs() - t0);
}
// The bundled and held-out articles name officials the topic does not know, which the synthetic ones rarely do.
const real = realArticles();
let bestReal = Infinity;
for (let r = 0; r < Math.max(3, rounds); r++) {
  const t0 = cpuMs();
  for (const a of real) processArticle(a, topic);
  bestReal = Math.min(bestReal, cpuMs() - t0);
}
const acc = new Map<string, number>();
for (const a of corpus) timedSteps(a, topic, acc);
const total = [...acc.values()].reduce((s, v) => s + v, 0);

console.log(`${corpus.length} articles, ${Math.round(words / corpus.length)} words each on average`);
console.log(
  `processArticle: ${(best / 1000).toFixed(2)} s CPU, ${((corpus.length * 1000) / best).toFixed(1)} articles/s`,
);
console.log(`real articles (${real.length}): ${((real.length * 1000) / bestReal).toFixed(1)} articles/s`);
console.log('step        ms/article   share');
for (const [name, ms] of [...acc].sort((a, b) => b[1] - a[1])) {
  console.log(
    `${name.padEnd(12)}${(ms / corpus.length).toFixed(2).padStart(10)}   ${((100 * ms) / total).toFixed(1)}%`,
  );
}
