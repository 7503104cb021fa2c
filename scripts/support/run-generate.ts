/**
 * One run of `npm run generate`: reads the topic, the overrides and the articles, extracts (with
 * the caches), and writes the data files and the generated pages. The CLI (scripts/generate.ts)
 * calls it once, or, with --watch, again on every change, keeping the extracted articles in a
 * session between runs.
 */
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseOverrides, type OverrideLines } from '../../src/lib/config/parse-overrides.ts';
import { NO_OVERRIDES } from '../../src/lib/apply-overrides.ts';
import { InputError, formatProblem, type Problem } from '../../src/lib/errors.ts';
import { decodeText } from '../../src/lib/decode-text.ts';
import { isArticleFile } from '../../src/lib/article-slugs.ts';
import { buildPages, buildSourceList } from '../../src/lib/generate/site.ts';
import { buildSiteModel } from '../../src/lib/generate/site-model.ts';
import type { Topic } from '../../src/lib/schema/topic.ts';
import { explainerPages } from './explainer-pages.ts';
import { extractArticles, type CachedArticle } from './extract-articles.ts';
import { readTopic } from './read-topic.ts';
import { sourcePageCache, sourcePageTexts } from './source-pages.ts';
import { logMemory } from './debug-memory.ts';
import { pruneCache } from './prune-cache.ts';
import { writeDataFiles } from './write-data-files.ts';
import { writePages, type DataPage } from './write-pages.ts';
import { WriteError } from './fs.ts';

/** What to read, where to write, and how. */
export interface GenerateOptions {
  /** The folder holding topic.yaml, overrides.yaml, articles/, pages/ and generated/. */
  content: string;
  /** Where the published data files go (public/data). */
  dataOut: string;
  /** Write the data files only, no pages. */
  dataOnly: boolean;
  /** The cache folder; null turns every cache off. */
  cache: string | null;
  /** Extraction threads; undefined: one per core when there are enough articles. */
  workers: number | undefined;
  /** Write nothing; report the generated files that are not what the inputs produce. */
  check: boolean;
  /** Prints a line of progress. */
  log: (line: string) => void;
  /** Prints a warning (stale overrides, notices). */
  warn: (line: string) => void;
}

/** What a long-lived process keeps between runs. */
export interface GenerateSession {
  /** Extracted articles by cache key (see ExtractOptions.memory). */
  articles: Map<string, CachedArticle>;
}

/** What one run did. */
export interface GenerateOutcome {
  /** Problems that stopped part of the run (each names its file and, where there is one, its line). */
  problems: Problem[];
  /**
   * True when a problem stopped the whole run: before anything was written (the topic, the
   * overrides, the cache folder), or at a file that could not be written (a full disk).
   */
  stopped: boolean;
  /** Articles extracted in this run (not found in the caches). */
  extracted: number;
  /** Files written (data files and generated pages), or with --check, the files that are stale. */
  files: string[];
  /** Generated files removed (pages of articles that are gone). */
  removed: string[];
}

/** A new, empty session for `runGenerate`. */
export function newSession(): GenerateSession {
  return { articles: new Map() };
}

/** Runs generate once; the session, when given, makes the next run skip what this one read. */
export async function runGenerate(options: GenerateOptions, session?: GenerateSession): Promise<GenerateOutcome> {
  const { cache } = options;
  const rel = (p: string) => relative(process.cwd(), p) || p;
  const problems: Problem[] = [];
  const collect = (file: string, e: unknown) => {
    // Not the file's fault: reported as the file that could not be written, below.
    if (e instanceof WriteError) throw e;
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
  const stop = (): GenerateOutcome => ({ problems, stopped: true, extracted: 0, files: [], removed: [] });

  // Every step may write to the cache: a folder that cannot be one is said once, up front, rather
  // than surfacing as a failure of whichever file was being processed when a write first failed.
  if (cache !== null) {
    try {
      mkdirSync(cache, { recursive: true });
      accessSync(cache, constants.W_OK);
    } catch (e) {
      problems.push({
        file: rel(cache),
        message: `expected a cache folder this run can write to, but it cannot be created or written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
        fix: 'pass --cache <a writable folder>, or --no-cache to generate without a cache',
      });
      return stop();
    }
  }

  try {
    return await generateSteps(options, session, problems, collect, stop, rel);
  } catch (e) {
    if (!(e instanceof WriteError)) throw e;
    problems.push(writeProblem(e, cache, rel));
    return stop();
  }
}

/** The run after its cache folder is known to be writable: topic, overrides, extraction, data files, pages. */
async function generateSteps(
  options: GenerateOptions,
  session: GenerateSession | undefined,
  problems: Problem[],
  collect: (file: string, e: unknown) => void,
  stop: () => GenerateOutcome,
  rel: (p: string) => string,
): Promise<GenerateOutcome> {
  const { content, cache, check, log, warn } = options;
  const topicFile = join(content, 'topic.yaml');
  let topic: Topic;
  try {
    // --check writes nothing, not even the cache.
    topic = readTopic(topicFile, rel(topicFile), cache === null || check ? null : join(cache, 'topic.json'));
  } catch (e) {
    collect(rel(topicFile), e);
    return stop();
  }

  // Corrections to extraction (optional file; see CONTRIBUTING.md).
  const overridesFile = join(content, 'overrides.yaml');
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
      return stop();
    }
  }

  // Source pages are data rendered by src/pages/sources/[slug].astro, not MDX (see buildSourcePageData).
  const pageCache = cache === null ? null : sourcePageCache(join(cache, 'source-pages'));
  const extraction = await extractArticles(content, topic, {
    cacheDir: cache === null ? null : join(cache, 'extract'),
    workers: options.workers,
    overrides,
    // Pages built alongside the extraction go to the cache as they are built, not held until written.
    sourcePageCache: pageCache ?? undefined,
    memory: session?.articles,
  });
  logMemory('after extraction');
  const { articles } = extraction;
  problems.push(...extraction.problems);
  log(
    `generate: ${articles.length} articles (${extraction.cached} from cache, ${extraction.extracted} extracted` +
      `${extraction.workers ? ` on ${extraction.workers} thread${extraction.workers > 1 ? 's' : ''}` : ''})`,
  );

  // An override that corrects nothing is stale (the article or sentence changed): say so, with its line.
  const used = new Set<string>(articles.flatMap((a) => a.overridesUsed));
  for (const [key, line] of overrideLines)
    if (!used.has(key))
      warn(
        `note: ${formatProblem({ file: rel(overridesFile), line, message: `override ${key} matches nothing in the articles`, fix: 'check its source and sentence id on the source page, or delete the entry' })}`,
      );

  const files: string[] = [];
  const removed: string[] = [];
  if (!check) {
    const written = writeDataFiles(
      articles,
      options.dataOut,
      extraction.keys,
      cache === null ? null : join(cache, 'data-files.json'),
    );
    files.push(...written);
    log(`generate: ${articles.length} articles → ${written.length} data files changed in ${rel(options.dataOut)}`);
    logMemory('after data files');
  }

  // Page keys of the source pages this run uses, for pruning their cache.
  const sourcePageKeys = new Set<string>();
  if (!options.dataOnly) {
    const pagesDir = join(content, 'generated');
    const model = buildSiteModel(articles, topic);
    logMemory('after site model');
    // Without a cache every page is built (its key is the page itself), as before.
    const pages = cache === null ? buildPages(articles, topic, model) : explainerPages(model, extraction.keys);
    logMemory('after pages built');
    const sourcePages: DataPage[] = sourcePageTexts(
      model,
      extraction.keys,
      pageCache,
      extraction.sourcePages,
      extraction.storedPages,
    ).map(({ id, key, text }) => {
      if (key) sourcePageKeys.add(key);
      return {
        path: join('sources', `${id}.json`),
        content: text,
        key,
      };
    });
    // When the sources page shows only the newest, the full list is rendered page by page from data.
    const sourceList = buildSourceList(articles, topic, model);
    if (sourceList) sourcePages.push({ path: 'sources-list.json', content: `${JSON.stringify(sourceList)}\n` });
    const report = await writePages(pages, sourcePages, {
      generatedDir: pagesDir,
      pagesDir: join(content, 'pages'),
      sources: new Map(articles.map((a) => [a.source.id, new Set(extraction.anchors.get(a.source.id))])),
      dryRun: check,
      removeStale: problems.length === 0,
      rel,
      memoFile: cache === null ? null : join(cache, 'pages.json'),
    });
    logMemory('after pages written');
    problems.push(...report.problems);
    for (const n of report.notices) warn(`note: ${formatProblem(n)}`);
    files.push(...report.changed);
    removed.push(...report.removed);
    const total = pages.length + sourcePages.length;
    if (!check)
      log(
        `generate: ${total} pages → ${report.changed.length} changed, ${report.removed.length} removed in ${rel(pagesDir)}`,
      );
    else if (!report.changed.length && !report.removed.length)
      log(`check: the ${total} generated pages are up to date`);
  }
  // Entries no run will ask for again (edited articles, older code) are pruned; a run that
  // writes nothing deletes nothing, and --data-only does not know the source pages' keys.
  if (cache !== null && !check) {
    pruneCache(join(cache, 'extract'), new Set(extraction.keys.values()));
    if (pageCache && !options.dataOnly) pruneCache(pageCache.dir, sourcePageKeys);
  }
  return { problems, stopped: false, extracted: extraction.extracted, files, removed };
}

// What each system error means for a file that could not be written, in a reader's words.
const WRITE_REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a file stands where a folder of its path should be',
  EEXIST: 'a file stands where a folder of its path should be',
  EISDIR: 'a folder stands where the file should be',
};

/**
 * The problem for a file that could not be written. The run stops there: every file it wrote is
 * whole (written atomically), the others are as the last run left them, and the next run that can
 * write redoes what is missing, since unchanged articles come from the cache.
 */
function writeProblem(e: WriteError, cache: string | null, rel: (p: string) => string): Problem {
  // The system's own message already names its code ("EIO: i/o error, write").
  const known = e.code ? WRITE_REASONS[e.code] : undefined;
  const reason = known ? `${known}, ${e.code}` : e.reason;
  const inCache = cache !== null && !relative(cache, e.file).startsWith('..');
  const code = e.code ?? '';
  const todo = ['ENOSPC', 'EDQUOT'].includes(code)
    ? 'free some space on that disk'
    : ['ENOTDIR', 'EISDIR', 'EEXIST'].includes(code)
      ? 'move away what stands in the way'
      : `make ${inCache ? 'the cache folder' : 'its folder'} writable`;
  const fix = `${todo} and run again${inCache ? ', or pass --cache <another folder>, or --no-cache' : ''}`;
  // A file outside the project (a --cache in /tmp) reads better as its full path than as ../../tmp/….
  const shown = rel(e.file).startsWith('..') ? resolve(e.file) : rel(e.file);
  return {
    file: shown,
    message: `expected to write this file, but it could not be written (${reason}); generate stopped, and the files it wrote before are whole`,
    fix,
  };
}

/**
 * Loads the extraction code and runs it once, result unused, on the first article: the modules,
 * the NLP models and the date parser load on first use, which would otherwise make the first
 * change a watcher sees take three times as long as the next ones. Problems are left to the runs.
 */
export async function warmUpExtraction(options: Pick<GenerateOptions, 'content' | 'cache'>): Promise<void> {
  const { extractOne } = await import('./extract-one.ts');
  try {
    const dir = join(options.content, 'articles');
    const first = readdirSync(dir).filter(isArticleFile).sort()[0];
    if (!first) return;
    const topicFile = join(options.content, 'topic.yaml');
    // Shown as runGenerate shows it: the name is part of the topic cache's key.
    const shown = relative(process.cwd(), topicFile) || topicFile;
    const topic = readTopic(topicFile, shown, options.cache === null ? null : join(options.cache, 'topic.json'));
    const file = join(dir, first);
    extractOne('warm-up', decodeText(readFileSync(file), file), file, topic);
  } catch {
    // a topic or article with problems: the runs report them
  }
}
