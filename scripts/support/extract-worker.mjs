// Entry of the extraction worker threads. It turns on the compile cache (see compile-cache.mjs)
// before the pipeline's modules load, since not every program that starts the workers preloads it
// (the tests and the benchmark's scripts do not); Node strips the modules' types itself.
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./extract-worker.ts');
