/**
 * Reads the data the layout's structured data is drawn from: the topic config and the JSON that
 * `npm run generate` publishes in public/data/. Read once per build; a missing file (Astro run
 * without generate) leaves the lists empty, so pages simply carry no JSON-LD.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { parseTopic } from '../lib/config/parse-topic.ts';
import { argumentMentionSchema, positionSchema, quoteSchema, sourceSchema, type Position } from '../lib/schema/data.ts';
import type { JsonLdData } from '../lib/seo/json-ld.ts';
import { contentDir } from '../content-dir.ts';

/** The topic and the published records the layout draws on. */
export type SiteData = JsonLdData & { positions: Position[] };

let cached: SiteData | undefined;

const readList = <S extends z.ZodType>(file: string, schema: S): Array<z.infer<S>> =>
  existsSync(file) ? z.array(schema).parse(JSON.parse(readFileSync(file, 'utf8'))) : [];

/** The topic and published data, read from the project folder on first use. */
export function loadSiteData(): SiteData {
  // `astro dev` re-renders after `npm run generate`: read fresh data there, once per build otherwise.
  if (cached && !import.meta.env.DEV) return cached;
  const topicFile = join(contentDir, 'topic.yaml');
  // The published data is in Astro's public folder, which the benchmark moves (astro.config.mjs).
  const data = join(resolve(process.env['SOURCEBOOK_PUBLIC_DIR'] ?? 'public'), 'data');
  cached = {
    topic: parseTopic(readFileSync(topicFile, 'utf8'), topicFile),
    sources: readList(join(data, 'sources.json'), sourceSchema),
    quotes: readList(join(data, 'quotes.json'), quoteSchema),
    arguments: readList(join(data, 'arguments.json'), argumentMentionSchema),
    positions: readList(join(data, 'positions.json'), positionSchema),
  };
  return cached;
}

const memos = new Map<string, unknown>();

/** Computes a site-wide value once per build (navigation indexes), not once per page. */
export function once<T>(key: string, make: () => T): T {
  if (import.meta.env.DEV) return make();
  if (!memos.has(key)) memos.set(key, make());
  return memos.get(key) as T;
}
