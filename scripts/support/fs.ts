/** File-system helpers for the CLIs: atomic writes so an interrupted run never leaves a half-written file. */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

// A temporary file is `<name>.<pid>.tmp` beside its target: never matched by the `*.mdx` / `*.json`
// globs that read the folder, and owned by the process whose id it carries.
const TEMP = /\.(\d+)\.tmp$/;
const swept = new Set<string>();

/** True while process `pid` runs (signal 0 only checks that it exists; a killed one not yet reaped is a zombie). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // Linux: the state after the command name in /proc/<pid>/stat; Z and X are dead processes.
    const state = /\)\s+(\S)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1];
    return state !== 'Z' && state !== 'X';
  } catch {
    return true;
  }
}

/**
 * Deletes temporary files left in `dir` by a run that was killed between writing and renaming;
 * those of a run still going are left alone. Done once per folder and process.
 */
export function removeStaleTempFiles(dir: string): number {
  if (swept.has(dir) || !existsSync(dir)) return 0;
  swept.add(dir);
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const pid = TEMP.exec(name)?.[1];
    if (pid && Number(pid) !== process.pid && !isRunning(Number(pid))) {
      rmSync(join(dir, name), { force: true });
      removed++;
    }
  }
  return removed;
}

/**
 * A file the system would not let us write (a full disk, a read-only or forbidden folder): names
 * the file, whatever step was writing it, so the CLI can say where and what to do.
 */
export class WriteError extends Error {
  /** The file that was being written. */
  readonly file: string;
  /** The system's error code (ENOSPC, EACCES, …), when there is one. */
  readonly code: string | undefined;
  /** The system's message. */
  readonly reason: string;
  constructor(file: string, code: string | undefined, reason: string) {
    super(`could not write ${file}: ${reason}`);
    this.name = 'WriteError';
    this.file = file;
    this.code = code;
    this.reason = reason;
  }

  /** The WriteError for `cause`, thrown while writing `file` (kept as it is when it already is one). */
  static of(file: string, cause: unknown): WriteError {
    if (cause instanceof WriteError) return cause;
    const e = cause as NodeJS.ErrnoException;
    return new WriteError(file, e.code, e.message ?? String(cause));
  }
}

// Deletes a temporary file after a failed write; if even that fails, the next run's sweep will.
function removeQuietly(tmp: string): void {
  try {
    rmSync(tmp, { force: true });
  } catch {
    // left for removeStaleTempFiles
  }
}

/** Writes `content` to `file` via a temporary file and a rename; returns false if the file already held it. */
export function writeFileAtomic(file: string, content: string): boolean {
  const tmp = join(dirname(file), `${basename(file)}.${process.pid}.tmp`);
  try {
    removeStaleTempFiles(dirname(file));
    if (existsSync(file) && readFileSync(file, 'utf8') === content) return false;
    mkdirSync(dirname(file), { recursive: true });
    // A rename within one folder replaces the target in one step: readers see the old or the new file, never a part.
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (e) {
    // A failed write (a full disk) leaves no part of the file behind, not even until the next run.
    removeQuietly(tmp);
    throw WriteError.of(file, e);
  }
  return true;
}

/** True if files `a` and `b` hold the same bytes; read a megabyte at a time, so a large file is never held whole. */
function sameBytes(a: string, b: string): boolean {
  if (statSync(a).size !== statSync(b).size) return false;
  const fa = openSync(a, 'r');
  const fb = openSync(b, 'r');
  try {
    const ba = Buffer.alloc(1 << 20);
    const bb = Buffer.alloc(1 << 20);
    for (;;) {
      const n = readSync(fa, ba);
      const m = readSync(fb, bb);
      if (n !== m || !ba.subarray(0, n).equals(bb.subarray(0, m))) return false;
      if (n === 0) return true;
    }
  } finally {
    closeSync(fa);
    closeSync(fb);
  }
}

/**
 * Writes the text made of `parts` to `file` like writeFileAtomic, each part as it comes, so a text
 * of hundreds of megabytes is never one string; returns false if the file already held it. A part
 * may be bytes (UTF-8) instead of a string.
 */
export function writeFileAtomicParts(file: string, parts: Iterable<string | Uint8Array>): boolean {
  const tmp = join(dirname(file), `${basename(file)}.${process.pid}.tmp`);
  let fd: number;
  try {
    removeStaleTempFiles(dirname(file));
    mkdirSync(dirname(file), { recursive: true });
    fd = openSync(tmp, 'w');
  } catch (e) {
    throw WriteError.of(file, e);
  }
  // Parts are gathered up to a megabyte per write: a data file has one small part per article.
  let pending: Array<string | Uint8Array> = [];
  let pendingLength = 0;
  const flush = () => {
    // Runs of strings are encoded together; writeSync may write less than it is given (it does
    // not loop as writeFileSync does).
    const chunks: Uint8Array[] = [];
    let strings: string[] = [];
    for (const part of pending) {
      if (typeof part === 'string') strings.push(part);
      else {
        if (strings.length) chunks.push(Buffer.from(strings.join('')));
        strings = [];
        chunks.push(part);
      }
    }
    if (strings.length) chunks.push(Buffer.from(strings.join('')));
    const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
    for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
    pending = [];
    pendingLength = 0;
  };
  try {
    try {
      for (const part of parts) {
        pending.push(part);
        pendingLength += part.length;
        if (pendingLength >= 1 << 20) flush();
      }
      flush();
    } finally {
      closeSync(fd);
    }
    if (existsSync(file) && sameBytes(file, tmp)) {
      rmSync(tmp, { force: true });
      return false;
    }
    renameSync(tmp, file);
  } catch (e) {
    // Whatever failed (the disk, or making a part: a damaged cache entry), no part of the file is left.
    removeQuietly(tmp);
    // Only the system's errors are the file's; one from making a part is the caller's to report.
    throw (e as NodeJS.ErrnoException).syscall !== undefined ? WriteError.of(file, e) : e;
  }
  return true;
}

/** Lists files under `dir` (recursively) whose names end with `ext`; empty when `dir` does not exist. */
export function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(ext))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}
