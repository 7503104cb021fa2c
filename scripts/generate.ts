/**
 * CLI: reads content/articles/*.md and content/topic.yaml, extracts the data, and writes the
 * generated MDX pages (content/generated/) and the published data (public/data/*.json).
 * Usage: npm run generate -- [--content DIR] [--data-out DIR] [--data-only] [--cache DIR | --no-cache] [--workers N] [--check | --watch]
 * --content: the folder holding topic.yaml, overrides.yaml, articles/, pages/ and generated/ (default: content/).
 * --check: write nothing; fail, listing the files, if the committed pages are not what the articles,
 * the topic config and the overrides produce (run by `npm run check`).
 * --watch: generate, then keep running and generate again whenever an article, the topic config or
 * the overrides change; the extracted articles stay in memory, so one change takes a fraction of a
 * second (the dev server runs this); when the generator's own code changes, it restarts with it.
 * --cache: where extracted articles and source pages are cached by content hash (default: .cache/).
 * --workers: extraction threads (default: one per core when there are enough articles; 0: none).
 */
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, type Problem } from '../src/lib/errors.ts';
import type { GenerateOptions } from './support/run-generate.ts';
import { superviseWatch, WATCH_CHILD_ENV } from './support/watch-supervisor.ts';

const root = join(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    content: { type: 'string', default: join(root, 'content') },
    'data-out': { type: 'string', default: join(root, 'public', 'data') },
    'data-only': { type: 'boolean', default: false },
    cache: { type: 'string', default: join(root, '.cache') },
    'no-cache': { type: 'boolean', default: false },
    workers: { type: 'string' },
    check: { type: 'boolean', default: false },
    watch: { type: 'boolean', default: false },
  },
});
if (args.check && args.watch) {
  console.error('generate: expected --check or --watch, found both; --check writes nothing and stops');
  process.exit(2);
}
// --watch: this process only restarts, when the generator's code changes, a child that does the work.
if (args.watch && !process.env[WATCH_CHILD_ENV]) {
  superviseWatch();
} else {
  await generate();
}

async function generate(): Promise<void> {
  const { newSession, runGenerate, warmUpExtraction } = await import('./support/run-generate.ts');
  const { watchInputs } = await import('./support/watch-inputs.ts');
  // After the imports: the time start-up takes is not the generator's.
  const started = performance.now();

  const rel = (p: string) => relative(process.cwd(), p) || p;
  const options: GenerateOptions = {
    content: args.content,
    dataOut: args['data-out'],
    dataOnly: args['data-only'],
    cache: args['no-cache'] ? null : args.cache,
    workers: args.workers === undefined ? undefined : Number(args.workers),
    check: args.check,
    log: (line) => console.log(line),
    warn: (line) => console.warn(line),
  };

  const listProblems = (problems: Problem[], stopped: boolean) => {
    if (stopped) for (const p of problems) console.error(formatProblem(p));
    else if (problems.length) {
      console.error(`\n${problems.length} problem(s) stopped the build; the other articles were generated:`);
      for (const p of problems) console.error(`  ${formatProblem(p)}`);
    }
  };

  if (!args.watch) {
    const outcome = await runGenerate(options);
    if (args.check && !outcome.stopped) {
      const stale = [...outcome.files, ...outcome.removed].map(rel);
      if (stale.length) {
        console.error(`check: ${stale.length} generated file(s) are not what the articles and config produce:`);
        for (const f of stale) console.error(`  ${f}`);
        console.error('Fix: run npm run generate and commit the result.');
        process.exitCode = 1;
      }
    }
    if (!outcome.stopped)
      console.log(`generate: done in ${((performance.now() - started) / 1000).toFixed(2)} s after start-up`);
    listProblems(outcome.problems, outcome.stopped);
    if (outcome.problems.length) process.exit(1);
  } else {
    const session = newSession();
    // Runs are serialised: changes made during a run trigger one more run after it.
    let running = false;
    let again = false;
    const run = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      const start = performance.now();
      try {
        const outcome = await runGenerate(options, session);
        listProblems(outcome.problems, outcome.stopped);
        // A run stopped at a file it could not write has written some files already, each whole.
        if (outcome.stopped)
          console.error('generate: stopped; the site keeps what earlier runs wrote until a run completes');
        console.log(
          `generate: done in ${((performance.now() - start) / 1000).toFixed(2)} s, ${outcome.files.length} files written; watching ${rel(args.content)} (Ctrl+C stops)`,
        );
      } catch (e) {
        // A failure of one run (a bug; a full disk is a problem in the outcome) is reported; the next change runs again.
        console.error(`generate: this run failed: ${(e as Error).stack ?? String(e)}`);
      } finally {
        running = false;
        if (again) {
          again = false;
          void run();
        }
      }
    };
    // Watching before the first run: a change made while it runs makes one more run, and whoever
    // waits for its first report (the benchmark, a test) can change a file the moment it appears.
    const watcher = watchInputs(args.content, () => void run());
    // Before the first run, so that its report ("watching") means the next change is handled at full speed.
    await warmUpExtraction(options);
    await run();
    const stop = () => {
      watcher.close();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    // Started by the dev server (regenerate-on-change.ts): stop with it, even if it could not say so.
    if (process.send) process.on('disconnect', stop);
  }
}
