/**
 * Worker thread of extract-articles.ts: extracts the articles it is sent, one message per article.
 * With a cache folder it stores each article there itself and sends back the entry's head.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Overrides } from '../../src/lib/schema/overrides.ts';
import type { Topic } from '../../src/lib/schema/topic.ts';
import { writeCache } from './extract-cache.ts';
import { extractOne, type Job, type WorkerResult } from './extract-one.ts';

const { topic, overrides, cacheDir } = workerData as { topic: Topic; overrides?: Overrides; cacheDir: string | null };

function handle(job: Job): WorkerResult {
  const result = extractOne(job.slug, job.text, job.file, topic, overrides, job.today);
  if (!cacheDir || !('data' in result)) return result;
  try {
    // Written atomically, the head last: an interrupted run leaves a whole entry or none.
    return { slug: job.slug, head: writeCache(cacheDir, job.key, result.data), sourcePage: result.sourcePage };
  } catch (e) {
    return { slug: job.slug, storeError: { message: (e as Error).message, code: (e as NodeJS.ErrnoException).code } };
  }
}

parentPort?.on('message', (job: Job) => parentPort?.postMessage(handle(job)));
parentPort?.postMessage('ready');
