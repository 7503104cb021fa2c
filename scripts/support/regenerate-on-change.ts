/**
 * Dev-server integration: runs `generate --watch` next to the dev server, so `npm run dev` shows
 * edits to articles, the topic config and the overrides live, as well as edits to MDX pages (which
 * Astro watches by itself). One long-lived process keeps the extracted articles in memory: after
 * one article changed it regenerates in a fraction of a second instead of starting from scratch.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateNodeArgs } from './generate-command.ts';

/** The integration; `contentDir` is the absolute content folder. */
export function regenerateOnChange(contentDir: string): AstroIntegration {
  let child: ChildProcess | undefined;
  // The data files go to the site's public folder, wherever the config puts it.
  let dataOut: string | undefined;
  return {
    name: 'sourcebook:regenerate-on-change',
    hooks: {
      'astro:config:done': ({ config }) => {
        dataOut = join(fileURLToPath(config.publicDir), 'data');
      },
      'astro:server:setup': ({ logger }) => {
        // This Node (the project's, from node_modules/.bin), as `npm run generate` starts it; the
        // IPC channel lets the watcher exit when the dev server goes away.
        child = spawn(
          process.execPath,
          [...generateNodeArgs, '--watch', '--content', contentDir, ...(dataOut ? ['--data-out', dataOut] : [])],
          { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
        );
        child.on('exit', (code, signal) => {
          if (code || (signal && signal !== 'SIGTERM'))
            logger.warn(
              `generate --watch stopped (${signal ?? `exit code ${code}`}); edits to articles are not shown until the dev server restarts`,
            );
          child = undefined;
        });
        logger.info('regenerating pages when articles, topic.yaml or overrides.yaml change');
      },
      'astro:server:done': () => {
        child?.kill('SIGTERM');
      },
    },
  };
}
