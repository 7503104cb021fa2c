/**
 * Extraction of one article, for the main thread and the worker threads of extract-articles.ts.
 * A module of its own so that a run finding every article in the cache never loads the pipeline
 * (and the NLP model and date parser with it).
 */
import { InputError, type Problem } from '../../src/lib/errors.ts';
import { sourcePageText } from '../../src/lib/generate/source-page-text.ts';
import { processArticle, type ArticleData } from '../../src/lib/pipeline.ts';
import type { Overrides } from '../../src/lib/schema/overrides.ts';
import type { Topic } from '../../src/lib/schema/topic.ts';
import { parseSourceFile } from '../../src/lib/source-file.ts';
import type { Head } from './extract-cache.ts';

/** One article to extract: its slug, its path for messages, its text and its cache key. */
export interface Job {
  slug: string;
  file: string;
  text: string;
  key: string;
  /** Today's date (UTC), for the future-date check. */
  today: string;
}

/** What a worker (or the in-thread path) returns for one job. */
export type JobResult =
  | {
      slug: string;
      data: ArticleData;
      /** The JSON text of the article's source page, built here so that it is built on every core (absent for a cache hit). */
      sourcePage?: string;
    }
  | { slug: string; problems: Problem[] };

/**
 * What a worker thread sends back for one job: a JobResult, or, when it stored the article in the
 * cache itself, the entry's head (and the source page, unless it stored that too), or why it could
 * not store them (which stops the run, as a full disk does in the main thread).
 */
export type WorkerResult =
  | JobResult
  | {
      slug: string;
      head: Head;
      /** The source page, when the worker did not store it itself. */
      sourcePage?: string | undefined;
      /** Whether the worker stored the source page in the source pages' cache. */
      pageStored?: boolean | undefined;
    }
  | {
      slug: string;
      /** Why the worker could not store the article: the system's message and code, and the file when known. */
      storeError: { message: string; code?: string | undefined; file?: string | undefined };
    };

/** Extracts one article in this thread and builds its source page; problems in the file are returned, not thrown. */
export function extractOne(
  slug: string,
  text: string,
  file: string,
  topic: Topic,
  overrides?: Overrides,
  today?: string,
): JobResult {
  try {
    const data = processArticle({ slug, ...parseSourceFile(text, file, { today }) }, topic, overrides);
    return { slug, data, sourcePage: sourcePageText(data, topic) };
  } catch (e) {
    if (e instanceof InputError) return { slug, problems: e.problems };
    return {
      slug,
      problems: [
        {
          file,
          message: `could not be processed: ${(e as Error).stack ?? String(e)}`,
          fix: 'report this as a bug with the file attached',
        },
      ],
    };
  }
}
