/**
 * Preloaded by `npm run generate` (`node --import ./scripts/support/compile-cache.mjs`), before the
 * generator's own modules: turns on Node's compile cache, which keeps the type-stripped and
 * compiled code of every module on disk, so a one-off run after one changed article does not
 * spend a fifth of its time stripping and compiling the same TypeScript again. It has to run
 * before the entry's static imports are loaded, hence a preload rather than a call in the CLI.
 * The cache is an optimisation only: enableCompileCache never throws, and where the cache cannot
 * be enabled (a read-only temp folder) everything runs as before. NODE_COMPILE_CACHE=<dir> moves
 * it; NODE_DISABLE_COMPILE_CACHE=1 turns it off. generate-command.ts holds the same command for
 * the programs that start generate themselves. It is JavaScript, not TypeScript: a preloaded .ts
 * file would make Node load its type stripper (about 50 ms) before the cache that spares the other
 * modules from it is on.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
