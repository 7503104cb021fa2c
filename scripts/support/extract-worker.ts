/** Worker thread of extract-articles.ts: extracts the articles it is sent, one message per article. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Overrides } from '../../src/lib/schema/overrides.ts';
import type { Topic } from '../../src/lib/schema/topic.ts';
import { extractOne } from './extract-one.ts';

const { topic, overrides } = workerData as { topic: Topic; overrides?: Overrides };
parentPort?.on('message', (job: { slug: string; text: string; file: string; today: string }) => {
  parentPort?.postMessage(extractOne(job.slug, job.text, job.file, topic, overrides, job.today));
});
parentPort?.postMessage('ready');
