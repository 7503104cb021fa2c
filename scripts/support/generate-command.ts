/**
 * How `npm run generate` starts Node, for the programs that start generate themselves (the dev
 * server's watcher, the benchmark, the tests), so they all run it as a contributor's command does.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Node's arguments before generate's own: the compile-cache preload and the CLI, both absolute, so any working folder will do. */
export const generateNodeArgs: readonly string[] = [
  '--import',
  pathToFileURL(join(import.meta.dirname, 'compile-cache.mjs')).href,
  join(import.meta.dirname, '..', 'generate.ts'),
];
