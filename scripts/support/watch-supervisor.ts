/**
 * `generate --watch` as two processes: this one, which watches the generator's own code, and a
 * child that does the watching and generating (`SOURCEBOOK_WATCH_CHILD=1`). A long-lived generator
 * keeps the code it started with, so an edit to an extraction rule or a page builder would not show
 * until someone restarted `npm run dev`; here the child is replaced by a fresh one when the code
 * changes, and keeps its articles in memory otherwise.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { watch, type FSWatcher } from 'node:fs';
import { delimiter, join, relative } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** The environment variable that makes a `generate --watch` process the child that does the work. */
export const WATCH_CHILD_ENV = 'SOURCEBOOK_WATCH_CHILD';

/** How long the code must stay quiet after a change before the child is replaced (an editor or `git checkout` writes several files). */
const SETTLE_MS = 150;

/** What to run and which code to watch; the defaults are what `generate --watch` does. */
export interface SuperviseOptions {
  /** The child's command: this process's own Node, flags and arguments by default. */
  command?: readonly string[];
  /**
   * Folders of code to watch. Default: the folders in `SOURCEBOOK_WATCH_CODE` (joined by the
   * platform's path delimiter; for tests) when set, else `src/lib` and `scripts`, the code the
   * generator loads.
   */
  codeFolders?: readonly string[];
}

/**
 * Runs the child (with WATCH_CHILD_ENV set), replaces it whenever a `.ts` or `.mjs` file under the
 * code folders changes, and stops it when this process is told to stop (a signal, or the dev server
 * that started it going away). A child that fails (say, edited code that does not load) is reported
 * and started again at the next change to the code, so a typo does not end `npm run dev`'s watching;
 * a child that ends cleanly ends this process too.
 */
export function superviseWatch(options: SuperviseOptions = {}): void {
  const [command, ...args] = options.command ?? [process.execPath, ...process.execArgv, ...process.argv.slice(1)];
  const given = process.env['SOURCEBOOK_WATCH_CODE'];
  const folders =
    options.codeFolders ?? (given ? given.split(delimiter) : [join(root, 'src', 'lib'), join(root, 'scripts')]);
  let child: ChildProcess | undefined;
  let restarting = false;
  let stopping = false;
  const start = () => {
    // The child's output is this process's.
    child = spawn(command!, args, {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, [WATCH_CHILD_ENV]: '1' },
    });
    child.on('exit', (code, signal) => {
      child = undefined;
      if (stopping) process.exit(0);
      if (restarting) {
        restarting = false;
        start();
      } else if (code === 0) process.exit(0);
      else
        console.error(
          `generate: the generator stopped (${signal ?? `exit code ${code}`}); fix what it printed above and save: it starts again when the code under ${folders.map((f) => relative(process.cwd(), f) || f).join(', ')} changes`,
        );
    });
  };
  let timer: NodeJS.Timeout | undefined;
  let changed = '';
  const restart = () => {
    console.log(`generate: the generator's code changed (${changed}); restarting with it`);
    if (!child) return start();
    restarting = true;
    child.kill('SIGTERM');
  };
  const watchers: FSWatcher[] = folders.map((dir) =>
    watch(dir, { recursive: true }, (_event, name) => {
      if (name !== null && !/\.(ts|mjs)$/.test(name)) return;
      changed = name === null ? relative(process.cwd(), dir) : relative(process.cwd(), join(dir, name));
      clearTimeout(timer);
      timer = setTimeout(restart, SETTLE_MS);
    }),
  );
  const stop = () => {
    stopping = true;
    clearTimeout(timer);
    for (const w of watchers) w.close();
    if (child) child.kill('SIGTERM');
    else process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Started by the dev server (regenerate-on-change.ts): stop with it, even if it could not say so.
  if (process.send) process.on('disconnect', stop);
  start();
}
