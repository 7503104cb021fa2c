// Entry of the extraction worker threads. Worker threads do not always inherit the TypeScript
// loader of the thread that starts them (Node 20 does not), so each registers tsx itself.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
