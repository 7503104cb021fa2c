/** File-system helpers for the CLIs: atomic writes so an interrupted run never leaves a half-written file. */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

/** Writes `content` to `file` via a temporary file and a rename; returns false if the file already held it. */
export function writeFileAtomic(file: string, content: string): boolean {
  removeStaleTempFiles(dirname(file));
  if (existsSync(file) && readFileSync(file, 'utf8') === content) return false;
  mkdirSync(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `${basename(file)}.${process.pid}.tmp`);
  // A rename within one folder replaces the target in one step: readers see the old or the new file, never a part.
  writeFileSync(tmp, content);
  renameSync(tmp, file);
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
