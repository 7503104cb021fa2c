/**
 * The extraction cache's entries: writing one, reading one back, and the article of an entry,
 * whose records are read from the cache only when asked for. Used by extract-articles.ts and by
 * its worker threads, which store what they extract themselves.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleData } from '../../src/lib/pipeline.ts';
import { stringifyAscii } from '../../src/lib/text/ascii-json.ts';
import { rememberSummary, summarizeArticle, type ArticleSummary } from '../../src/lib/article-summary.ts';
import { writeFileAtomic } from './fs.ts';

/** An extracted article as the cache holds it: its data (records and `doc` read on demand) and its anchor ids. */
export interface CachedArticle {
  /** The extracted data. */
  data: ArticleData;
  /** Its paragraph and sentence ids. */
  anchors: string[];
}

/** The anchor ids of a segmented article: its paragraphs and sentences. */
export function anchorsOf(data: ArticleData): string[] {
  return data.doc.paragraphs.flatMap((para) => [para.id, ...para.sentences.map((s) => s.id)]);
}

/**
 * A cache entry is two files. `<key>.json`, the head, holds the source record, the article's
 * summary (the actors it features, its record counts), its anchor ids and the overrides it used:
 * what a regeneration needs of every article to decide which pages an edit touches. `<key>.data.json`
 * holds two JSON texts one after the other: the body (the other records: quotes, figures,
 * positions, …) and the segmented text (`doc`, most of the bytes). A regeneration reads every head,
 * but a body or a doc only when a page being rebuilt reads it (after one article changed, at 1,000
 * articles, parsing every article's records was a fifth of the run), each by its byte range. One
 * file, not two: a cold run writes every entry, and each file written costs about 0.2 ms here.
 */
const dataFile = (cacheDir: string, key: string) => join(cacheDir, `${key}.data.json`);

/** The fields of ArticleData a cache entry keeps in its body, in ArticleData's order. */
const BODY_FIELDS = [
  'inferred',
  'removed',
  'quotes',
  'quotedWords',
  'figures',
  'positions',
  'events',
  'arguments',
] as const;
type Body = Pick<ArticleData, (typeof BODY_FIELDS)[number]>;

/** What a head file holds. */
export interface Head {
  /** The entry's key, so a file renamed or copied under another key is not taken for it. */
  key: string;
  /** The source record (metadata and cleaned text). */
  source: ArticleData['source'];
  /** The overrides that corrected something in the article. */
  overridesUsed: ArticleData['overridesUsed'];
  /** The actors its records name and how many there are. */
  summary: ArticleSummary;
  /** Its paragraph and sentence ids. */
  anchors: string[];
  /** The length in bytes of the body, at the start of the data file. */
  bodyBytes: number;
  /** The length in bytes of the doc, which follows the body. */
  docBytes: number;
}

/** Writes an article's cache entry, the head last, so an interrupted run never leaves a head without its data; returns the head. */
export function writeCache(cacheDir: string, key: string, data: ArticleData): Head {
  const body: Record<string, unknown> = { key };
  for (const field of BODY_FIELDS) body[field] = data[field];
  // ASCII only, so each text's length is its length in bytes.
  const bodyText = stringifyAscii(body);
  const docText = stringifyAscii({ key, doc: data.doc });
  writeFileAtomic(dataFile(cacheDir, key), bodyText + docText);
  const head: Head = {
    key,
    source: data.source,
    overridesUsed: data.overridesUsed,
    summary: summarizeArticle(data),
    anchors: anchorsOf(data),
    bodyBytes: bodyText.length,
    docBytes: docText.length,
  };
  writeFileAtomic(join(cacheDir, `${key}.json`), stringifyAscii(head));
  return head;
}

/**
 * Reads the JSON text at bytes [start, start + length) of an entry's data file (`check` says
 * whether it is whole); a missing or damaged one (the head was read, so someone changed it since)
 * is an error.
 */
function readPart<T>(
  cacheDir: string,
  key: string,
  start: number,
  length: number,
  check: (entry: Record<string, unknown>) => boolean,
): T {
  const file = dataFile(cacheDir, key);
  try {
    const bytes = Buffer.allocUnsafe(length);
    const fd = openSync(file, 'r');
    try {
      for (let done = 0; done < length;) {
        const n = readSync(fd, bytes, done, length - done, start + done);
        if (n === 0) break;
        done += n;
      }
    } finally {
      closeSync(fd);
    }
    // Written as ASCII, so latin1 decodes it exactly, and fastest.
    const entry = JSON.parse(bytes.toString('latin1')) as Record<string, unknown>;
    if (entry['key'] === key && check(entry)) return entry as T;
  } catch {
    // reported below
  }
  throw new Error(
    `extract cache: expected part of an extracted article in ${file}, found it missing or damaged; delete the cache folder and run again`,
  );
}

/** Makes `data.doc` read the doc of the entry with head `head` from the cache each time it is asked for. */
export function lazyDoc(data: ArticleData, cacheDir: string, head: Head): void {
  const get = () =>
    readPart<{ doc: ArticleData['doc'] }>(cacheDir, head.key, head.bodyBytes, head.docBytes, (e) =>
      Array.isArray((e['doc'] as ArticleData['doc'] | undefined)?.paragraphs),
    ).doc;
  Object.defineProperty(data, 'doc', { enumerable: true, configurable: true, get });
}

/**
 * The article of a head: its body's fields are read from the cache when one of them is first asked
 * for, and then kept (the data files or a page read them several times); its doc is read each time
 * it is asked for and not kept (at 10,000 articles the docs would not fit in memory).
 */
export function lazyArticle(head: Head, cacheDir: string): ArticleData {
  const { key } = head;
  let body: Body | undefined;
  const read = (): Body =>
    (body ??= readPart<Body>(cacheDir, key, 0, head.bodyBytes, (e) => BODY_FIELDS.every((f) => Array.isArray(e[f]))));
  const data = { source: head.source } as ArticleData;
  // Defined in ArticleData's order, so the article lists its fields as a fresh one does.
  const lazy = (field: keyof ArticleData, get: () => unknown) =>
    Object.defineProperty(data, field, { enumerable: true, configurable: true, get });
  lazy('inferred', () => read().inferred);
  lazy('removed', () => read().removed);
  lazyDoc(data, cacheDir, head);
  for (const field of BODY_FIELDS.slice(2)) lazy(field, () => read()[field]);
  data.overridesUsed = head.overridesUsed;
  return rememberSummary(data, head.summary);
}

/**
 * Reads a cache entry's head; a missing, unreadable or foreign entry, or one whose data file is
 * missing or not the size it was written with, is a miss (and is rewritten later).
 */
export function readCache(cacheDir: string, key: string): CachedArticle | undefined {
  try {
    const head = JSON.parse(readFileSync(join(cacheDir, `${key}.json`), 'utf8')) as Partial<Head>;
    if (head.key !== key || !head.source || !head.summary || !Array.isArray(head.anchors)) return undefined;
    const size = statSync(dataFile(cacheDir, key), { throwIfNoEntry: false })?.size;
    if (typeof head.bodyBytes !== 'number' || size !== head.bodyBytes + (head.docBytes ?? NaN)) return undefined;
    return { data: lazyArticle(head as Head, cacheDir), anchors: head.anchors };
  } catch {
    return undefined;
  }
}
