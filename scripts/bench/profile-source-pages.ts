/**
 * Measures source-page building in-process on a content folder: extracts its articles, then times
 * buildSourcePageData over all of them (CPU time), and checks that each page's data built from the
 * whole site model equals the data built from a model of that article alone.
 * Usage: tsx scripts/bench/profile-source-pages.ts [--content DIR] [--size N] [--dump FILE]
 * `--dump FILE` writes every page's JSON text, to prove an optimisation changes nothing.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { parseTopic } from '../../src/lib/config/parse-topic.ts';
import { parseSourceFile } from '../../src/lib/source-file.ts';
import { processArticle } from '../../src/lib/pipeline.ts';
import { buildSiteModel } from '../../src/lib/generate/site-model.ts';
import { buildSourcePageData } from '../../src/lib/generate/pages/sources.ts';

const root = join(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: {
    content: { type: 'string', default: join(root, 'content') },
    size: { type: 'string', default: '200' },
    dump: { type: 'string' },
  },
});

const topicFile = join(values.content, 'topic.yaml');
const topic = parseTopic(readFileSync(topicFile, 'utf8'), topicFile);
const dir = join(values.content, 'articles');
const files = readdirSync(dir)
  .filter((f) => /\.md$/i.test(f))
  .sort()
  .slice(0, Number(values.size));
const articles = files.map((f) =>
  processArticle({ slug: f.replace(/\.md$/i, ''), ...parseSourceFile(readFileSync(join(dir, f), 'utf8'), f) }, topic),
);
const model = buildSiteModel(articles, topic);

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
for (const art of model.articles.slice(0, 20)) buildSourcePageData(model, art); // warm-up
const t0 = cpuMs();
const texts = model.articles.map((art) => `${JSON.stringify(buildSourcePageData(model, art), null, 2)}\n`);
const ms = cpuMs() - t0;
console.log(`${texts.length} source pages: ${ms.toFixed(0)} ms CPU, ${(ms / texts.length).toFixed(2)} ms/page`);

const differ = model.articles.filter(
  (art) => !isDeepStrictEqual(buildSourcePageData(model, art), buildSourcePageData(buildSiteModel([art], topic), art)),
);
console.log(`page data equal with a one-article model: ${texts.length - differ.length}/${texts.length}`);
for (const art of differ.slice(0, 5)) console.log(`  differs: ${art.source.id}`);
if (values.dump) writeFileSync(values.dump, texts.join(''));
