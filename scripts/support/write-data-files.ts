/**
 * Writes the published data files (public/data/*.json) with a memo: per article (by its extraction
 * key), a hash of its part of each file; and per file, the hash of its parts it was last written
 * with. A file whose parts are all the same again, and whose size and time are unchanged, is
 * neither rebuilt nor read — after one article changed, only the files its parts are in are.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleData } from '../../src/lib/pipeline.ts';
import {
  DATA_FILES,
  dataFilePart,
  dataFileParts,
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
  /** File name → the hash of its parts, and the size and modification time it was left with. */
  files: Record<string, { key: string; size: number; mtimeMs: number }>;
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

function readMemo(file: string, version: string): DataFilesMemo {
  const empty: DataFilesMemo = { version, parts: {}, files: {} };
  try {
    const memo = JSON.parse(readFileSync(file, 'utf8')) as Partial<DataFilesMemo> | null;
    if (memo?.version !== version || typeof memo.parts !== 'object' || typeof memo.files !== 'object') return empty;
    return { version, parts: memo.parts ?? {}, files: memo.files ?? {} };
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
  const next: DataFilesMemo = { version, parts: {}, files: {} };
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
  names.forEach((name, i) => {
    const file = join(dataDir, name);
    const stat = statSync(file, { throwIfNoEntry: false });
    const known = memo.files[name];
    if (stat && known) {
      // Compared with the parts it was last written with; only the parts not remembered are made.
      for (let j = 0; j < articles.length; j++) if (partHashes[j]![i] === undefined) partOf(name, i, j);
      const fileKey = hash(partHashes.map((h) => h[i]).join('\n'));
      if (!(known.key === fileKey && known.size === stat.size && known.mtimeMs === stat.mtimeMs)) write(name);
    } else {
      // Not there, or not remembered: written in any case, each part hashed as it is made, so a
      // cold run does not serialise everything twice.
      const parts = function* () {
        for (let j = 0; j < articles.length; j++) yield partOf(name, i, j);
      };
      if (writeFileAtomicParts(file, dataFileText(parts()))) changed.push(file);
    }
    const now = statSync(file);
    next.files[name] = { key: hash(partHashes.map((h) => h[i]).join('\n')), size: now.size, mtimeMs: now.mtimeMs };
  });
  articles.forEach((a, j) => {
    const key = keys.get(a.source.id);
    if (key) next.parts[key] = partHashes[j] as string[];
  });
  writeFileAtomic(memoFile, JSON.stringify(next));
  return changed;
}
