/**
 * Reads and parses content/topic.yaml, with a cache: parsing the YAML (with the line finder for
 * messages) costs ~65 ms CPU on every run, while the parsed topic, as JSON, reads back in well
 * under a millisecond. The cache is keyed by the file's bytes and the code, so any edit to either
 * parses again; a topic with problems is never cached (parseTopic throws, and says where).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTopic } from '../../src/lib/config/parse-topic.ts';
import { decodeText } from '../../src/lib/decode-text.ts';
import type { Topic } from '../../src/lib/schema/topic.ts';
import { codeVersion } from './extract-articles.ts';
import { writeFileAtomic } from './fs.ts';

const root = join(import.meta.dirname, '..', '..');

/** What the cache file holds. */
interface TopicCache {
  /** Hash of the code, the path shown and the topic file's bytes. */
  key: string;
  /** The parsed topic. */
  topic: Topic;
}

/** Returns the parsed topic of `file` (`shown` in messages), from `cacheFile` when its key matches; null: always parsed. */
export function readTopic(file: string, shown: string, cacheFile: string | null): Topic {
  const bytes = readFileSync(file);
  if (!cacheFile) return parseTopic(decodeText(bytes, shown), shown);
  const key = createHash('sha256')
    .update(codeVersion([join(root, 'src', 'lib')]))
    .update(readFileSync(import.meta.filename))
    .update(shown)
    .update('\0')
    .update(bytes)
    .digest('hex');
  try {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as TopicCache;
    if (cached.key === key) return cached.topic;
  } catch {
    // missing or corrupt: parsed again
  }
  const topic = parseTopic(decodeText(bytes, shown), shown);
  writeFileAtomic(cacheFile, JSON.stringify({ key, topic } satisfies TopicCache));
  return topic;
}
