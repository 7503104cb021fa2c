/**
 * Writes the published data files (public/data/*.json) with a memo: per article (by its extraction
 * key), a hash of its part of each file; and per file, the hash of its parts it was last written
 * with and where each part lies in it. A file whose parts are all the same again, and whose size
 * and time are unchanged, is neither rebuilt nor read — after one article changed, only the files
 * its parts are in are, and those copy the unchanged parts' bytes from the file they replace
 * instead of serialising them again (at 1,000 articles sources.json is 10 MB: serialising and
 * encoding it took most of a one-off regeneration's 90 ms here).
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { ArticleData } from '../../src/lib/pipeline.ts';
import {
  DATA_FILES,
  dataFilePart,
  dataFileParts,
  dataFilePartSpans,
  dataFileText,
  type DataFileName,
} from '../../src/lib/generate/data-files.ts';
import { writeFileAtomic, writeFileAtomicParts } from './fs.ts';

const root = join(import.meta.dirname, '..', '..');

/** What the memo file holds. */
interface DataFilesMemo {
  /** Hash of the code that serialises the files: a change to it invalidates everything. */
  version: string;
  /** Extraction key → the hash of the article's part of each file, in DATA_FILES order. */
  parts: Record<string, string[]>;
  /** Each article's extraction key ('' for none), in the order of the articles the files were last made of. */
  order: string[];
  /** File name → the hash of its parts, the size and modification time it was left with, and its parts' byte lengths (in `order`). */
  files: Record<string, { key: string; size: number; mtimeMs: number; lengths: number[] }>;
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

function readMemo(file: string, version: string): DataFilesMemo {
  const empty: DataFilesMemo = { version, parts: {}, order: [], files: {} };
  try {
    const memo = JSON.parse(readFileSync(file, 'utf8')) as Partial<DataFilesMemo> | null;
    if (memo?.version !== version || typeof memo.parts !== 'object' || typeof memo.files !== 'object') return empty;
    return {
      version,
      parts: memo.parts ?? {},
      order: Array.isArray(memo.order) ? memo.order : [],
      files: memo.files ?? {},
    };
  } catch {
    return empty; // missing or corrupt: every file is rebuilt (and written only if its bytes changed)
  }
}

/**
 * Writes every data file of `articles` into `dataDir` that is not already what they give; returns
 * the files written. `keys` (slug → extraction key) and `memoFile` enable the memo; without them
 * every file is built and compared with the one on disk.
 */
export function writeDataFiles(
  articles: readonly ArticleData[],
  dataDir: string,
  keys: ReadonlyMap<string, string>,
  memoFile: string | null,
): string[] {
  const changed: string[] = [];
  const names = Object.keys(DATA_FILES) as DataFileName[];
  // Each file is built and written one article's part at a time, never held whole (see dataFileText).
  const write = (name: DataFileName) => {
    const file = join(dataDir, name);
    if (writeFileAtomicParts(file, dataFileText(dataFileParts(name, articles)))) changed.push(file);
  };
  if (!memoFile) {
    names.forEach(write);
    return changed;
  }
  const version = hash(readFileSync(join(root, 'src', 'lib', 'generate', 'data-files.ts'), 'utf8'));
  const memo = readMemo(memoFile, version);
  const order = articles.map((a) => keys.get(a.source.id) ?? '');
  const next: DataFilesMemo = { version, parts: {}, order, files: {} };
  // Each article's part hashes, from the memo when its key is remembered; the others are filled in
  // as the parts are made. An article without a key (not cached) is not remembered.
  const partHashes = articles.map((a): Array<string | undefined> => {
    const key = keys.get(a.source.id);
    const known = key ? memo.parts[key] : undefined;
    return known && known.length === names.length ? [...known] : names.map(() => undefined);
  });
  const partOf = (name: DataFileName, i: number, j: number) => {
    const part = dataFilePart(name, articles[j]!);
    partHashes[j]![i] ??= hash(part);
    return part;
  };
  // Where each remembered article's part was in the files as last written.
  const oldIndex = new Map(memo.order.map((key, at) => [key, at]));
  oldIndex.delete('');
  /**
   * Writes file `name` (the i-th) from this run's parts, recording their byte lengths; a part
   * `copy` gives (the unchanged article's bytes in the file being replaced) is not made again, and
   * `copy.done` is called once every part is had, before the file is replaced.
   */
  const writeFile = (
    name: DataFileName,
    i: number,
    copy?: { part: (j: number) => Uint8Array | undefined; done: () => void },
  ) => {
    const file = join(dataDir, name);
    const lengths: number[] = [];
    const parts = function* () {
      for (let j = 0; j < articles.length; j++) {
        const part = copy?.part(j) ?? partOf(name, i, j);
        lengths.push(typeof part === 'string' ? Buffer.byteLength(part) : part.length);
        yield part;
      }
      copy?.done();
    };
    if (writeFileAtomicParts(file, dataFileText(parts()))) changed.push(file);
    return lengths;
  };
  names.forEach((name, i) => {
    const file = join(dataDir, name);
    const stat = statSync(file, { throwIfNoEntry: false });
    const known = memo.files[name];
    let lengths: number[] | undefined;
    if (stat && known) {
      // Compared with the parts it was last written with; only the parts not remembered are made.
      for (let j = 0; j < articles.length; j++) if (partHashes[j]![i] === undefined) partOf(name, i, j);
      const fileKey = hash(partHashes.map((h) => h[i]).join('\n'));
      const untouched = known.size === stat.size && known.mtimeMs === stat.mtimeMs;
      // Unchanged, it holds the same parts in the same places, so the lengths carry over.
      if (known.key === fileKey && untouched) lengths = known.lengths;
      else if (untouched) lengths = writeFileCopying(file, name, i, known.lengths, stat);
      else lengths = writeFile(name, i); // edited by hand since: made again
    } else {
      // Not there, or not remembered: written in any case, each part hashed as it is made, so a
      // cold run does not serialise everything twice.
      lengths = writeFile(name, i);
    }
    const now = statSync(file);
    next.files[name] = {
      key: hash(partHashes.map((h) => h[i]).join('\n')),
      size: now.size,
      mtimeMs: now.mtimeMs,
      lengths: lengths?.length === articles.length ? lengths : [],
    };
  });

  /** Rewrites a file that is as the memo describes it, copying each remembered article's part from it. */
  function writeFileCopying(
    file: string,
    name: DataFileName,
    i: number,
    lengths: readonly number[] | undefined,
    stat: Stats,
  ): number[] {
    const spans = lengths?.length === memo.order.length ? dataFilePartSpans(lengths, stat.size) : null;
    if (!spans) return writeFile(name, i); // a memo from before lengths were kept
    let fd: number | undefined = openSync(file, 'r');
    // Closed before the file is replaced: some systems refuse to replace a file that is open.
    const close = () => {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    };
    const part = (j: number) => {
      const at = oldIndex.get(order[j]!);
      // The key fixes the article's data, hence its part; a key the memo has no parts for is made again.
      if (at === undefined || !memo.parts[order[j]!] || fd === undefined) return undefined;
      const [start, end] = spans[at]!;
      const bytes = Buffer.allocUnsafe(end - start);
      for (let done = 0; done < bytes.length;) {
        const n = readSync(fd, bytes, done, bytes.length - done, start + done);
        // Shorter than the memo says (changed while this run read it): the rest is made again.
        if (n === 0) {
          close();
          return undefined;
        }
        done += n;
      }
      return bytes;
    };
    try {
      return writeFile(name, i, { part, done: close });
    } finally {
      close();
    }
  }

  order.forEach((key, j) => {
    if (key) next.parts[key] = partHashes[j] as string[];
  });
  writeFileAtomic(memoFile, JSON.stringify(next));
  return changed;
}
