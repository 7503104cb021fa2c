/**
 * Worker thread of extract-articles.ts: extracts the articles it is sent, one message per article.
 * With a cache folder it stores each article there itself (and its source page in the source
 * pages' cache, when there is one) and sends back the entry's head.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Overrides } from '../../src/lib/schema/overrides.ts';
import type { Topic } from '../../src/lib/schema/topic.ts';
import { writeCache } from './extract-cache.ts';
import { WriteError } from './fs.ts';
import { extractOne, type Job, type WorkerResult } from './extract-one.ts';
import { storeSourcePage, type SourcePageCache } from './source-page-cache.ts';

const { topic, overrides, cacheDir, pageCache } = workerData as {
  topic: Topic;
  overrides?: Overrides;
  cacheDir: string | null;
  pageCache?: SourcePageCache;
};

function handle(job: Job): WorkerResult {
  const result = extractOne(job.slug, job.text, job.file, topic, overrides, job.today);
  if (!cacheDir || !('data' in result)) return result;
  try {
    // Written atomically, the head last: an interrupted run leaves a whole entry or none.
    const head = writeCache(cacheDir, job.key, result.data);
    // The page too: sending its text (tens of kilobytes) to the main thread to be written there
    // cost both threads a structured copy, and the main thread the write, on a core the workers need.
    if (pageCache && result.sourcePage !== undefined) {
      storeSourcePage(pageCache, job.key, result.sourcePage);
      return { slug: job.slug, head, pageStored: true };
    }
    return { slug: job.slug, head, sourcePage: result.sourcePage };
  } catch (e) {
    // A WriteError keeps its file and the system's own message, so the main thread can rebuild it.
    const file = e instanceof WriteError ? e.file : undefined;
    const message = e instanceof WriteError ? e.reason : (e as Error).message;
    return { slug: job.slug, storeError: { message, code: (e as NodeJS.ErrnoException).code, file } };
  }
}

parentPort?.on('message', (job: Job) => parentPort?.postMessage(handle(job)));
parentPort?.postMessage('ready');
