/** Measuring helpers for the benchmark: timed child processes with peak memory, folder sizes, HTML stats. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { StepMeasure } from '../../src/lib/schema/bench.ts';
import { listFiles } from '../support/fs.ts';

// GNU time reports the peak RSS of the largest process the command ran and waited for (worker
// threads included); Node can only report its own, not its children's.
const GNU_TIME = '/usr/bin/time';

/** The pids of the descendants of `pid`, read from /proc (empty where there is no /proc). */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        // The parent pid is the 2nd field after the command name, which is in parentheses.
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
      } catch {
        // the process ended while we looked
      }
    }
  } catch {
    return [];
  }
  const out: number[] = [];
  const todo = [pid];
  while (todo.length)
    for (const c of children.get(todo.pop()!) ?? []) {
      out.push(c);
      todo.push(c);
    }
  return out;
}

/** The largest peak RSS (VmHWM) among the descendants of `pid`, in bytes. */
function descendantsPeak(pid: number): number {
  let peak = 0;
  for (const d of descendants(pid)) {
    try {
      const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${d}/status`, 'utf8'))?.[1];
      if (kb) peak = Math.max(peak, Number(kb) * 1024);
    } catch {
      // the process ended while we looked
    }
  }
  return peak;
}

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
  let polled = 0;
  const start = performance.now();
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(bin, argv, { cwd: options.cwd, env: { ...process.env, ...options.env } });
      // Processes a step starts and does not wait for (Pagefind's indexer) escape GNU time: poll them.
      const poll = setInterval(() => (polled = Math.max(polled, descendantsPeak(child.pid ?? -1))), 250);
      child.on('close', () => clearInterval(poll));
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('error', reject);
      child.on('close', (c) => resolve({ code: c, stdout: out, stderr: err }));
    },
  );
  const seconds = (performance.now() - start) / 1000;
  let peakRss: number | null = polled || null;
  if (timed && existsSync(timeFile)) {
    const kb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop());
    if (Number.isFinite(kb)) peakRss = Math.max(peakRss ?? 0, kb * 1024);
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

/**
 * The peak RSS of process `pid` and its descendants, summed (`generate --watch` is a small
 * supervisor and the generator it runs); null where there is no /proc.
 */
function peakRssOfTree(pid: number): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    let total = Number(kb ?? 0) * 1024;
    for (const task of readdirSync(`/proc/${pid}/task`))
      for (const id of readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean))
        total += peakRssOfTree(Number(id)) ?? 0;
    return total;
  } catch {
    return null; // no /proc here, or the process is gone
  }
}

/**
 * Starts a long-running command (`generate --watch`), waits for its first report (a line matching
 * `report`), then makes each change in turn and measures the wall time from the change to the next
 * report. Returns the times, the report lines, and the peak RSS of the process and its children; stops the command.
 */
export async function measureWatch(
  cmd: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
  report: RegExp,
  changes: Array<() => void>,
  timeoutMs = 120_000,
): Promise<{ seconds: number[]; reports: string[]; peakRss: number | null }> {
  const child = spawn(cmd, args, { cwd: options.cwd, env: { ...process.env, ...options.env } });
  let out = '';
  const reports: string[] = [];
  // Settled at once with the time a report arrives, not when a poll notices it.
  const waiters: Array<(at: number) => void> = [];
  child.stdout.on('data', (d: Buffer) => {
    const at = performance.now();
    out += d.toString();
    const lines = out.split('\n');
    out = lines.pop()!;
    for (const line of lines)
      if (report.test(line)) {
        reports.push(line);
        waiters.shift()?.(at);
      }
  });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const nextReport = () =>
    new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`bench: \`${cmd} ${args.join(' ')}\` reported nothing in ${timeoutMs} ms:\n${err}`)),
        timeoutMs,
      );
      child.once('exit', (code) => reject(new Error(`bench: \`${cmd} ${args.join(' ')}\` exited (${code}):\n${err}`)));
      waiters.push((at) => {
        clearTimeout(timer);
        resolve(at);
      });
    });
  try {
    await nextReport();
    const seconds: number[] = [];
    for (const change of changes) {
      const reported = nextReport();
      const start = performance.now();
      change();
      seconds.push(((await reported) - start) / 1000);
    }
    return { seconds, reports, peakRss: child.pid === undefined ? null : peakRssOfTree(child.pid) };
  } finally {
    child.kill('SIGTERM');
  }
}
