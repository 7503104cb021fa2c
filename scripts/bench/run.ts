/**
 * CLI: `npm run bench` — builds synthetic corpora of several sizes (generate, Astro, Pagefind) in
 * temporary folders and measures throughput, time, peak memory, output size and the bytes of a
 * first search; then changes one article and measures the incremental regeneration.
 * Usage: tsx scripts/bench/run.ts [--sizes 100,1000,10000] [--seed 1] [--out bench-results/bench.json]
 *        [--incremental 1000] [--query "…"] [--port 4371] [--keep]
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parseTopic } from '../../src/lib/config/parse-topic.ts';
import { formatReport } from '../../src/lib/bench/format-report.ts';
import { syntheticSlug } from '../../src/lib/bench/synthetic-corpus.ts';
import {
  benchReportSchema,
  type BenchReport,
  type IncrementalResult,
  type SizeResult,
} from '../../src/lib/schema/bench.ts';
import { writeFileAtomic } from '../support/fs.ts';
import { generateNodeArgs } from '../support/generate-command.ts';
import { writeCorpus } from './corpus.ts';
import { changedFiles, folderBytes, htmlStats, measure, measureWatch, snapshot } from './measure.ts';
import { measureSearchBytes } from './search-bytes.ts';

const root = join(import.meta.dirname, '..', '..');
const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: join(root, 'bench-results', 'bench.json') },
    incremental: { type: 'string' },
    query: { type: 'string' },
    port: { type: 'string', default: '4371' },
    keep: { type: 'boolean', default: false },
  },
});

const sizes = args.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`bench: expected --sizes as positive integers separated by commas, found "${args.sizes}"`);
const seed = Number(args.seed);
// The incremental case runs on the size closest to 1,000 unless told otherwise.
const incrementalSize =
  args.incremental === undefined
    ? sizes.reduce((best, n) => (Math.abs(n - 1000) < Math.abs(best - 1000) ? n : best))
    : Number(args.incremental);
const topic = parseTopic(readFileSync(join(root, 'content', 'topic.yaml'), 'utf8'), 'content/topic.yaml');
// A name every story's articles mention: the first actor of the topic.
const query = args.query ?? topic.actors[0]?.name ?? 'the';
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const log = (msg: string) => console.log(`bench: ${msg}`);

/**
 * Adds a sentence to the longest paragraph of the first half of an article, as an editor updating
 * a story would (a line of its own, or one near the end, may be read as web chrome).
 */
function editArticle(file: string): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const firstBodyLine = lines.indexOf('---', 1) + 1;
  let longest = firstBodyLine;
  for (let i = firstBodyLine; i < (firstBodyLine + lines.length) / 2; i++)
    if (lines[i]!.length > lines[longest]!.length) longest = i;
  lines[longest] = `${lines[longest]} An editor added this sentence to measure an incremental rebuild.`;
  writeFileSync(file, lines.join('\n'));
}

/** Builds one corpus size and measures every step. */
async function runSize(size: number): Promise<{ result: SizeResult; incremental: IncrementalResult | null }> {
  const work = mkdtempSync(join(tmpdir(), `sourcebook-bench-${size}-`));
  const content = join(work, 'content');
  const pub = join(work, 'public');
  const data = join(pub, 'data');
  const cache = join(work, 'extract-cache');
  const dist = join(work, 'dist');
  try {
    log(`${size} articles: writing the corpus to ${work}`);
    writeCorpus(content, size, seed);
    cpSync(join(root, 'public'), pub, {
      recursive: true,
      filter: (src) => !src.startsWith(join(root, 'public', 'data')),
    });
    const env = {
      SOURCEBOOK_CONTENT_DIR: content,
      SOURCEBOOK_PUBLIC_DIR: pub,
      SOURCEBOOK_CACHE_DIR: join(work, 'astro-cache'),
    };
    const generateArgs = [...generateNodeArgs, '--content', content, '--data-out', data, '--cache', cache];

    log(`${size} articles: generate (cold cache)`);
    const generate = await measure(bin('node'), generateArgs, { cwd: root, env });
    log(`${size} articles: generate again (warm cache, no change)`);
    const regenerate = await measure(bin('node'), generateArgs, { cwd: root, env });
    log(`${size} articles: astro build`);
    // Astro stages pages in <cwd>/.astro/.prerender when outDir is outside the working directory,
    // so two builds started from the project root would delete each other's files: run from `work`,
    // where the staged pages find the project's packages through a link.
    symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
    const astro = await measure(bin('astro'), ['build', '--root', root, '--outDir', dist], { cwd: work, env });
    log(`${size} articles: pagefind`);
    const pagefind = await measure(bin('tsx'), ['scripts/index-search.ts', '--site', dist], { cwd: root, env });
    log(`${size} articles: first search for "${query}"`);
    const search = await measureSearchBytes(dist, query, Number(args.port));
    const html = htmlStats(dist);
    const steps = [generate, astro, pagefind];
    const rss = steps.map((m) => m.peakRss).filter((x): x is number => x !== null);
    const result: SizeResult = {
      articles: size,
      generate: { seconds: generate.seconds, peakRss: generate.peakRss },
      articlesPerSecond: size / generate.seconds,
      regenerate: { seconds: regenerate.seconds, peakRss: regenerate.peakRss },
      astro: { seconds: astro.seconds, peakRss: astro.peakRss },
      pagefind: { seconds: pagefind.seconds, peakRss: pagefind.peakRss },
      totalSeconds: generate.seconds + astro.seconds + pagefind.seconds,
      peakRss: rss.length ? Math.max(...rss) : null,
      distBytes: folderBytes(dist),
      htmlPages: html.pages,
      htmlBytesPerPage: html.meanBytes,
      largestPage: html.largest,
      searchBytes: search?.bytes ?? null,
      searchBytesGzip: search?.gzipBytes ?? null,
      searchResults: search?.results ?? null,
    };

    let incremental: IncrementalResult | null = null;
    if (size === incrementalSize) {
      const file = join(content, 'articles', `${syntheticSlug(Math.floor(size / 2))}.md`);
      editArticle(file);
      const before = snapshot([join(content, 'generated'), data]);
      log(`${size} articles: regenerate after changing ${relative(content, file)}`);
      const again = await measure(bin('node'), generateArgs, { cwd: root, env });
      const changed = changedFiles(before, snapshot([join(content, 'generated'), data]));
      const inProcess = (m: { seconds: number; stdout: string }) =>
        Number(/done in ([\d.]+) s/.exec(m.stdout)?.[1] ?? m.seconds);
      // The same one-off run after changing the next articles, one at a time.
      const repeats: IncrementalResult['repeats'] = [];
      for (const k of [1, 2, 3, 4]) {
        editArticle(join(content, 'articles', `${syntheticSlug((Math.floor(size / 2) + k) % size)}.md`));
        log(`${size} articles: regenerate again after changing another article (${k} of 4)`);
        const m = await measure(bin('node'), generateArgs, { cwd: root, env });
        repeats.push({ seconds: m.seconds, inProcessSeconds: inProcess(m) });
      }
      // The same kind of change to other articles, with the dev server's generator already running.
      const others = [1, 2, 3, 4, 5]
        .map((k) => Math.floor((size * k) / 6))
        .filter((i) => i !== Math.floor(size / 2))
        .map((i) => join(content, 'articles', `${syntheticSlug(i)}.md`));
      log(`${size} articles: generate --watch, then change ${others.length} articles one at a time`);
      const watched = await measureWatch(
        bin('node'),
        [...generateArgs, '--watch'],
        { cwd: root, env },
        /^generate: done in /,
        others.map((f) => () => editArticle(f)),
      );
      incremental = {
        articles: size,
        regenerate: { seconds: again.seconds, peakRss: again.peakRss },
        regenerateInProcessSeconds: inProcess(again),
        extracted: Number(/(\d+) extracted/.exec(again.stdout)?.[1] ?? -1),
        filesRewritten: changed.map((f) => relative(work, f)),
        repeats,
        watch: {
          seconds: watched.seconds,
          filesWritten: watched.reports.slice(1).map((line) => Number(/(\d+) files written/.exec(line)?.[1] ?? -1)),
          peakRss: watched.peakRss,
        },
      };
    }
    return { result, incremental };
  } finally {
    if (args.keep) log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

const report: BenchReport = {
  date: new Date().toISOString(),
  seed,
  cores: availableParallelism(),
  cpu: cpus()[0]?.model ?? 'unknown',
  memoryBytes: totalmem(),
  query,
  sizes: [],
  incremental: null,
};
const save = () => {
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileAtomic(args.out, `${JSON.stringify(benchReportSchema.parse(report), null, 2)}\n`);
};
for (const size of sizes) {
  const { result, incremental } = await runSize(size);
  report.sizes.push(result);
  report.incremental = incremental ?? report.incremental;
  // Saved after each size, so a long run that is stopped still leaves its results.
  save();
  console.log(`\n${formatReport(report)}`);
}
log(`results written to ${relative(process.cwd(), args.out) || args.out}`);
