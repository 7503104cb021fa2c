/** Measuring helpers for the benchmark: timed child processes with peak memory, folder sizes, HTML stats. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { StepMeasure } from '../../src/lib/schema/bench.ts';
import { listFiles } from '../support/fs.ts';

// GNU time reports the peak RSS of the largest process the command ran (worker threads included);
// Node can only report its own, not its children's.
const GNU_TIME = '/usr/bin/time';

/** Runs a command, streaming nothing; returns its wall time, peak RSS and output. Throws if it fails. */
export async function measure(
  cmd: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<StepMeasure & { stdout: string }> {
  const tmp = mkdtempSync(join(tmpdir(), 'sourcebook-time-'));
  const timeFile = join(tmp, 'rss');
  const timed = existsSync(GNU_TIME);
  const [bin, argv] = timed ? [GNU_TIME, ['-f', '%M', '-o', timeFile, cmd, ...args]] : [cmd, args];
  const start = performance.now();
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(bin, argv, { cwd: options.cwd, env: { ...process.env, ...options.env } });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('error', reject);
      child.on('close', (c) => resolve({ code: c, stdout: out, stderr: err }));
    },
  );
  const seconds = (performance.now() - start) / 1000;
  let peakRss: number | null = null;
  if (timed && existsSync(timeFile)) {
    const kb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop());
    if (Number.isFinite(kb)) peakRss = kb * 1024;
  }
  rmSync(tmp, { recursive: true, force: true });
  if (code !== 0)
    throw new Error(
      `bench: \`${cmd} ${args.join(' ')}\` exited with ${code}:\n${stderr.slice(-4000)}\n${stdout.slice(-2000)}`,
    );
  return { seconds, peakRss, stdout };
}

/** Total bytes of the files under `dir`. */
export function folderBytes(dir: string): number {
  return listFiles(dir, '').reduce((sum, f) => sum + statSync(f).size, 0);
}

/** Count, mean size and largest of the HTML pages under `dist`. */
export function htmlStats(dist: string): {
  pages: number;
  meanBytes: number;
  largest: { path: string; bytes: number };
} {
  const sizes = listFiles(dist, '.html').map((f) => ({ path: `/${relative(dist, f)}`, bytes: statSync(f).size }));
  const total = sizes.reduce((sum, x) => sum + x.bytes, 0);
  const largest = sizes.reduce((max, x) => (x.bytes > max.bytes ? x : max), { path: '', bytes: 0 });
  return { pages: sizes.length, meanBytes: sizes.length ? total / sizes.length : 0, largest };
}

/** A snapshot of the files under some folders: path → modification time and size. */
export function snapshot(dirs: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const dir of dirs)
    for (const f of listFiles(dir, '')) {
      const st = statSync(f);
      out.set(f, `${st.mtimeMs}:${st.size}`);
    }
  return out;
}

/** The files added, changed or removed between two snapshots. */
export function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  const changed = new Set<string>();
  for (const [f, v] of after) if (before.get(f) !== v) changed.add(f);
  for (const f of before.keys()) if (!after.has(f)) changed.add(f);
  return [...changed].sort();
}
