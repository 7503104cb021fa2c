/**
 * Builds the site once for the browser tests and hands its folder to them (`inject('siteDir')`).
 * In CI, `.ci/run` has just run `npm run build`, so `dist/` is reused; elsewhere the site is built
 * into a temporary folder, so the tests always see the current code. Set SITE_DIR to test a site
 * built elsewhere.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { browserAvailable, CHROMIUM } from './support/browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site the browser tests serve, or '' when the suite is skipped. */
    siteDir: string;
  }
}

const root = join(import.meta.dirname, '..', '..');

export default function setup(project: TestProject): () => void {
  if (!browserAvailable()) {
    console.warn(
      `Browser tests skipped: no Chromium at ${CHROMIUM} (install it: apt-get install chromium; in CI they always run).`,
    );
    project.provide('siteDir', '');
    return () => {};
  }
  const given = process.env['SITE_DIR'];
  const dist = join(root, 'dist');
  if (given) {
    project.provide('siteDir', given);
    return () => {};
  }
  if (process.env['CI'] && existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))) {
    project.provide('siteDir', dist);
    return () => {};
  }
  const out = mkdtempSync(join(tmpdir(), 'sourcebook-browser-'));
  const site = join(out, 'dist');
  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: root, stdio: 'pipe' });
  run('npx', ['tsx', 'scripts/generate.ts']);
  run('npx', ['astro', 'build', '--outDir', site]);
  run('npx', ['tsx', 'scripts/index-search.ts', '--site', site]);
  project.provide('siteDir', site);
  return () => rmSync(out, { recursive: true, force: true });
}
