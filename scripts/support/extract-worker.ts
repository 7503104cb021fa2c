/** Worker thread of extract-articles.ts: extracts the articles it is sent, one message per article. */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { parseTopic } from '../../src/lib/config/parse-topic.ts';
import { decodeText } from '../../src/lib/decode-text.ts';
import type { Overrides } from '../../src/lib/schema/overrides.ts';
import { extractOne } from './extract-one.ts';

const { topicFile, overrides } = workerData as { topicFile: string; overrides?: Overrides };
// The main thread has already validated the topic; parsing it here only rebuilds the object.
const topic = parseTopic(decodeText(readFileSync(topicFile), topicFile), topicFile);
parentPort?.on('message', (job: { slug: string; text: string; file: string; today: string }) => {
  parentPort?.postMessage(extractOne(job.slug, job.text, job.file, topic, overrides, job.today));
});
parentPort?.postMessage('ready');
