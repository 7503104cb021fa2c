/**
 * How `npm run generate` starts Node, for the programs that start generate themselves (the dev
 * server's watcher, the benchmark, the tests), so they all run it as a contributor's command does.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Node's arguments before generate's own: a young generation sized for the run, the compile-cache
 * preload and the CLI, both absolute, so any working folder will do.
 */
export const generateNodeArgs: readonly string[] = [
  // Reading a thousand cached articles makes tens of megabytes that all stay alive: with 32 MB
  // semi-spaces instead of V8's default they are moved fewer times, which took 0.08-0.09 s off a
  // one-off regeneration after one change (median of 8 alternating runs, both orders).
  '--max-semi-space-size=32',
  '--import',
  pathToFileURL(join(import.meta.dirname, 'compile-cache.mjs')).href,
  join(import.meta.dirname, '..', 'generate.ts'),
];
