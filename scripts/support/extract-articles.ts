/**
 * The read/extract half of `npm run generate`: reads content/articles/*.md, runs the pipeline on
 * each, and returns the extracted data and the problems found. Two things make it fast at scale:
 * a content-hash cache (an unchanged article is not extracted again) and a pool of worker threads
 * (extraction is CPU-bound and independent per article).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { InputError, type Problem } from '../../src/lib/errors.ts';
import type { ArticleData } from '../../src/lib/pipeline.ts';
import type { Overrides } from '../../src/lib/schema/overrides.ts';
import type { Topic } from '../../src/lib/schema/topic.ts';
import type { Job, JobResult, WorkerResult } from './extract-one.ts';
import { decodeText } from '../../src/lib/decode-text.ts';
import { assignSlugs, isArticleFile } from '../../src/lib/article-slugs.ts';
import { anchorsOf, lazyArticle, lazyDoc, readCache, writeCache, type CachedArticle } from './extract-cache.ts';
import { listFiles, WriteError } from './fs.ts';
import { storeSourcePage, type SourcePageCache } from './source-page-cache.ts';

export type { CachedArticle } from './extract-cache.ts';

const root = join(import.meta.dirname, '..', '..');

/** How to extract: where the cache lives and how many worker threads to use. */
export interface ExtractOptions {
  /** Cache folder (one JSON file per article and pipeline version); null turns the cache off. */
  cacheDir: string | null;
  /** Worker threads; 0 = extract in this thread; undefined = one per core when there is enough work. */
  workers?: number | undefined;
  /** Paths are shown relative to this folder in problems (default: the working directory). */
  cwd?: string | undefined;
  /** Corrections from content/overrides.yaml, applied inside the pipeline (default: none). */
  overrides?: Overrides | undefined;
  /**
   * The source pages' cache: the page built alongside an article is stored there (by its article's
   * extraction key) by the thread that built it; without it the texts are returned in `sourcePages`.
   */
  sourcePageCache?: SourcePageCache | undefined;
  /**
   * Articles kept in memory between runs of a long-lived process (`generate --watch`), by cache
   * key: consulted before the cache folder, and left holding exactly this run's articles.
   */
  memory?: Map<string, CachedArticle> | undefined;
}

/** The extracted articles, the problems found, and what the cache and pool did. */
export interface ExtractResult {
  /** Extracted articles, in file-name order. */
  articles: ArticleData[];
  /** Problems in bad articles (the good ones are still extracted). */
  problems: Problem[];
  /** Articles read from the cache. */
  cached: number;
  /** Articles extracted in this run. */
  extracted: number;
  /** Worker threads used (0: in this thread). */
  workers: number;
  /** Each article's cache key (slug → hash of its bytes, the topic and the pipeline version). */
  keys: Map<string, string>;
  /** Each article's anchor ids (paragraphs and sentences), known without reading its `doc`. */
  anchors: Map<string, string[]>;
  /** The source-page JSON text of each article extracted in this run (slug → text), built alongside, unless stored in `sourcePageCache`. */
  sourcePages: Map<string, string>;
  /** The articles whose source page was stored in `sourcePageCache` in this run. */
  storedPages: Set<string>;
}

// Starting a worker costs about a second (loading TypeScript and the NLP model), so small batches
// are extracted in this thread.
const MIN_JOBS_PER_WORKER = 24;

const codeVersions = new Map<string, string>();

/**
 * A hash of the code under `dirs` (minus `except`) and of the locked dependencies, so a change to
 * them invalidates what was cached from them without anyone having to remember to bump a number.
 * Computed once per process: it describes the code this process loaded, so a watching process
 * (`generate --watch`) never keys what its loaded code made with the hash of code edited since.
 */
export function codeVersion(dirs: string[], except: string[] = []): string {
  const id = JSON.stringify([dirs, except]);
  let version = codeVersions.get(id);
  if (version === undefined) {
    const hash = createHash('sha256');
    for (const file of dirs.flatMap((d) => listFiles(d, '.ts')).filter((f) => !except.some((d) => f.startsWith(d)))) {
      hash.update(relative(root, file));
      hash.update(readFileSync(file));
    }
    hash.update(readFileSync(join(root, 'package-lock.json')));
    version = hash.digest('hex');
    codeVersions.set(id, version);
  }
  return version;
}

/** The extraction pipeline's version: page building and the benchmark run after it and are left out. */
function pipelineVersion(): string {
  const lib = join(root, 'src', 'lib');
  return codeVersion([lib], [join(lib, 'generate'), join(lib, 'bench')]);
}

/**
 * Heap limits of an extraction worker. Without them each worker's heap grows to several hundred
 * megabytes of garbage before V8 collects it (a cold 1,000-article run peaked at 1.2 GB, 0.65 GB
 * with these); the old generation leaves room for a very long article, which is far below it. An
 * article's short-lived objects (tokens, clause views) outgrow a 16 MB young generation, which
 * then promotes them to be collected again by the old one: 64 MB cut each worker's time in the
 * garbage collector by a third (1.8 s to 1.1–1.4 s on a cold 1,000-article run) for about 80 MB.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 64 };

/**
 * Runs jobs on a pool of worker threads, each taking the next job when it is done with one, and
 * hands each result to `onResult` as it arrives: results are not collected, so a caller that
 * stores them (the cache) never holds every article's doc at once. With a cache folder, each
 * worker stores the articles it extracts there and sends back only the entries' heads: copying an
 * article to this thread (its segmented text is most of it) and writing it from here cost about
 * as much as a tenth of extracting it, all of it on one core.
 */
async function runPool(
  jobs: Job[],
  topic: Topic,
  overrides: Overrides | undefined,
  cacheDir: string | null,
  pageCache: SourcePageCache | undefined,
  size: number,
  onResult: (result: WorkerResult) => void,
): Promise<void> {
  const started: Worker[] = [];
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      // The topic as this thread parsed it (plain data): parsing the YAML again would add about
      // 70 ms to each worker's start.
      const worker = new Worker(new URL('./extract-worker.mjs', import.meta.url), {
        workerData: { topic, overrides, cacheDir, pageCache },
        resourceLimits: WORKER_LIMITS,
      });
      started.push(worker);
      const feed = () => {
        const job = jobs[next++];
        if (job) worker.postMessage(job);
        else void worker.terminate().then(() => resolve());
      };
      worker.on('message', (msg: WorkerResult | 'ready') => {
        try {
          if (msg !== 'ready') onResult(msg);
        } catch (e) {
          reject(e as Error);
          return;
        }
        feed();
      });
      worker.on('error', reject);
    });
  try {
    await Promise.all(Array.from({ length: size }, runWorker));
  } catch (e) {
    await Promise.all(started.map((w) => w.terminate()));
    throw e;
  }
}

/** Reads and extracts every article of `contentDir/articles`, using the cache and the pool. */
export async function extractArticles(
  contentDir: string,
  topic: Topic,
  options: ExtractOptions,
): Promise<ExtractResult> {
  const cwd = options.cwd ?? process.cwd();
  const rel = (p: string) => relative(cwd, p) || p;
  const topicFile = join(contentDir, 'topic.yaml');
  const articlesDir = join(contentDir, 'articles');
  const names = readdirSync(articlesDir).filter(isArticleFile).sort();

  const version = options.cacheDir ? pipelineVersion() : '';
  const topicBytes = readFileSync(topicFile);
  // Corrections change what the pipeline returns, so they are part of every cache key.
  const overridesKey = JSON.stringify(options.overrides ?? null);
  // What every key shares, hashed once: the topic alone is three times the bytes of an article.
  const shared = createHash('sha256').update(version).update(topicBytes).update(overridesKey).digest('hex');
  const byslug = new Map<string, JobResult>();
  const keys = new Map<string, string>();
  const anchors = new Map<string, string[]>();
  const sourcePages = new Map<string, string>();
  const storedPages = new Set<string>();
  const jobs: Job[] = [];
  const { slugs, problems: slugProblems } = assignSlugs(names, rel(articlesDir));
  const today = new Date().toISOString().slice(0, 10);
  let cached = 0;
  for (const [name, slug] of slugs) {
    const file = join(articlesDir, name);
    let bytes: Buffer;
    let text: string | undefined;
    let key: string;
    let hit: CachedArticle | undefined;
    try {
      // Bytes, not 'utf8': decodeText refuses binary and wrongly encoded files with file:line.
      bytes = readFileSync(file);
      // The slug is part of the key: ids in the extracted data are derived from it. The key hashes
      // the bytes, not the decoded text, so a cached article is not decoded at all (decoding is
      // code under src/lib, hence in `version`: the same bytes decode the same way).
      key = createHash('sha256').update(shared).update(slug).update('\0').update(bytes).digest('hex');
      hit = options.memory?.get(key) ?? (options.cacheDir ? readCache(options.cacheDir, key) : undefined);
      if (!hit) text = decodeText(bytes, rel(file));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (!(e instanceof InputError) && !code) throw e;
      // A folder named *.md, or a file without read permission, is a problem with that file only.
      const problems =
        e instanceof InputError
          ? e.problems
          : [
              {
                file: rel(file),
                message: code === 'EISDIR' ? 'expected a text file, found a folder' : `cannot be read (${code})`,
                fix: 'make it a readable text file, or remove it',
              },
            ];
      byslug.set(slug, { slug, problems });
      continue;
    }
    keys.set(slug, key);
    if (hit) {
      byslug.set(slug, { slug, data: hit.data });
      anchors.set(slug, hit.anchors);
      cached++;
    } else jobs.push({ slug, file: rel(file), text: text ?? '', key, today });
  }

  const cores = availableParallelism();
  const workers =
    options.workers ??
    (jobs.length >= 2 * MIN_JOBS_PER_WORKER ? Math.min(cores, Math.floor(jobs.length / MIN_JOBS_PER_WORKER)) : 0);
  const handled = new Set<string>();
  // Each result is stored as it arrives (cache entry, source page) and only its summary is kept.
  const onResult = (result: WorkerResult) => {
    handled.add(result.slug);
    const key = keys.get(result.slug);
    if ('storeError' in result) {
      const { message, code, file } = result.storeError;
      throw file !== undefined ? new WriteError(file, code, message) : Object.assign(new Error(message), { code });
    }
    if ('problems' in result) {
      byslug.set(result.slug, result);
      return;
    }
    const storePage = (text: string | undefined) => {
      if (text === undefined) return;
      if (options.sourcePageCache && key) {
        storeSourcePage(options.sourcePageCache, key, text);
        storedPages.add(result.slug);
      } else sourcePages.set(result.slug, text);
    };
    if ('head' in result) {
      // Stored by the worker: read from the cache like the other articles' when asked for.
      if (!options.cacheDir) throw new Error(`extract: a worker stored ${result.slug} without a cache folder`);
      byslug.set(result.slug, { slug: result.slug, data: lazyArticle(result.head, options.cacheDir) });
      anchors.set(result.slug, result.head.anchors);
      if (result.pageStored) storedPages.add(result.slug);
      else storePage(result.sourcePage);
      return;
    }
    byslug.set(result.slug, result);
    anchors.set(result.slug, anchorsOf(result.data));
    storePage(result.sourcePage);
    // Written atomically: an interrupted run leaves a whole entry or none (a corrupt one is a miss).
    if (options.cacheDir && key) {
      const head = writeCache(options.cacheDir, key, result.data);
      // From now on read from the cache like the other articles', so not every doc stays in memory.
      lazyDoc(result.data, options.cacheDir, head);
    }
  };
  // Loaded only when something must be extracted: the NLP model and date parser take a noticeable
  // part of the start-up of a run that finds everything in the cache.
  const inThread = async () => {
    const { extractOne } = await import('./extract-one.ts');
    for (const j of jobs)
      if (!handled.has(j.slug)) onResult(extractOne(j.slug, j.text, j.file, topic, options.overrides, j.today));
  };
  // A result that cannot be stored (a full disk) is not a failure of the threads: it stops the run.
  let storeError: unknown;
  const storeOrStop = (result: WorkerResult) => {
    try {
      onResult(result);
    } catch (e) {
      storeError ??= e;
      throw e;
    }
  };
  // Only the pool's failures fall back to this thread. A failure to store in this thread stops the
  // run: retrying here would skip the article that failed (it counts as handled) and lose it.
  if (workers > 0) {
    try {
      await runPool(jobs, topic, options.overrides, options.cacheDir, options.sourcePageCache, workers, storeOrStop);
    } catch (e) {
      if (storeError !== undefined) throw storeError;
      // Threads are an optimisation: if they cannot run here, extraction still can (what they did is kept).
      console.warn(`extract: worker threads failed (${(e as Error).message}); extracting in one thread`);
      await inThread();
    }
  } else if (jobs.length) await inThread();

  if (options.memory) {
    options.memory.clear();
    for (const [slug, key] of keys) {
      const result = byslug.get(slug);
      const ids = anchors.get(slug);
      if (result && 'data' in result && ids) options.memory.set(key, { data: result.data, anchors: ids });
    }
  }
  const articles: ArticleData[] = [];
  const problems: Problem[] = [...slugProblems];
  for (const name of names) {
    const result = byslug.get(slugs.get(name) ?? '');
    if (result && 'data' in result) articles.push(result.data);
    else if (result) problems.push(...result.problems);
  }
  return { articles, problems, cached, extracted: jobs.length, workers, keys, anchors, sourcePages, storedPages };
}
