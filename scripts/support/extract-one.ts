/**
 * Extraction of one article, for the main thread and the worker threads of extract-articles.ts.
 * A module of its own so that a run finding every article in the cache never loads the pipeline
 * (and the NLP model and date parser with it).
 */
import { InputError, type Problem } from '../../src/lib/errors.ts';
import { processArticle, type ArticleData } from '../../src/lib/pipeline.ts';
import type { Overrides } from '../../src/lib/schema/overrides.ts';
import type { Topic } from '../../src/lib/schema/topic.ts';
import { parseSourceFile } from '../../src/lib/source-file.ts';

/** What a worker (or the in-thread path) returns for one job. */
export type JobResult = { slug: string; data: ArticleData } | { slug: string; problems: Problem[] };

/** Extracts one article in this thread; problems in the file are returned, not thrown. */
export function extractOne(
  slug: string,
  text: string,
  file: string,
  topic: Topic,
  overrides?: Overrides,
  today?: string,
): JobResult {
  try {
    return { slug, data: processArticle({ slug, ...parseSourceFile(text, file, { today }) }, topic, overrides) };
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
