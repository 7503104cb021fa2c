/**
 * Keeps a content-addressed cache folder (`.cache/extract`, `.cache/source-pages`) from growing
 * without bound: every edit to an article, and every change to the extraction code, leaves entries
 * under keys no run will ask for again. Entries this run did not use are kept up to as many as it
 * used (the previous version of each, so undoing an edit or switching back to a branch is still
 * cached); beyond that the oldest go, except any written in the last few minutes, which may belong
 * to another run sharing the folder.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A cache file: a 64-hex-digit key, then its suffix (`.json`, `.doc.json`); nothing else is touched. */
const ENTRY = /^([0-9a-f]{64})\.[a-z.]+$/;

/** Entries written this recently are never removed (another run may be about to read them). */
const MIN_AGE_MS = 10 * 60 * 1000;

/** Removes the oldest entries of `dir` whose keys are not in `used`, beyond as many as `used` holds; returns how many keys went. */
export function pruneCache(dir: string, used: ReadonlySet<string>, now = Date.now()): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0; // no cache yet
  }
  const unused = new Map<string, string[]>(); // key → its files
  for (const name of names) {
    const key = ENTRY.exec(name)?.[1];
    if (key && !used.has(key)) unused.set(key, [...(unused.get(key) ?? []), name]);
  }
  if (unused.size <= used.size) return 0;
  const newestFirst = [...unused]
    .map(([, files]) => ({
      files,
      mtime: Math.max(...files.map((f) => statSync(join(dir, f), { throwIfNoEntry: false })?.mtimeMs ?? 0)),
    }))
    .sort((a, b) => b.mtime - a.mtime);
  let removed = 0;
  for (const { files, mtime } of newestFirst.slice(used.size)) {
    if (now - mtime < MIN_AGE_MS) continue;
    for (const f of files) rmSync(join(dir, f), { force: true });
    removed++;
  }
  return removed;
}
