/**
 * Dev-server integration: re-runs `npm run generate` when an article, the topic config or the
 * overrides change, so `npm run dev` shows those edits live as well as edits to MDX pages (which
 * Astro watches by itself). Runs are serialised: changes made during a run trigger one more run.
 */
import { spawn } from 'node:child_process';
import { join, relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';

/** The integration; `contentDir` is the absolute content folder. */
export function regenerateOnChange(contentDir: string): AstroIntegration {
  const inputs = (file: string) => {
    const rel = relative(contentDir, file).split(sep).join('/');
    return rel === 'topic.yaml' || rel === 'overrides.yaml' || /^articles\/[^/]+\.md$/i.test(rel);
  };
  return {
    name: 'sourcebook:regenerate-on-change',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        let running = false;
        let again = false;
        const run = () => {
          if (running) {
            again = true;
            return;
          }
          running = true;
          logger.info('inputs changed: regenerating pages');
          const script = join(import.meta.dirname, '..', 'generate.ts');
          const child = spawn('npx', ['tsx', script, '--content', contentDir], { stdio: 'inherit' });
          child.on('exit', (code) => {
            running = false;
            if (code)
              logger.warn('generate stopped with problems (listed above); the pages shown are the last good ones');
            if (again) {
              again = false;
              run();
            }
          });
        };
        server.watcher.add([
          join(contentDir, 'articles'),
          join(contentDir, 'topic.yaml'),
          join(contentDir, 'overrides.yaml'),
        ]);
        for (const event of ['add', 'change', 'unlink'] as const)
          server.watcher.on(event, (file: string) => {
            if (inputs(file)) run();
          });
      },
    },
  };
}
