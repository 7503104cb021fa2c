/** Launching Debian's Chromium through playwright-core, and serving the built site to it. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic, type StaticServer } from '../../../scripts/support/static-server.ts';
import { CHROMIUM, launchChromium } from '../../../scripts/support/chromium.ts';

export { CHROMIUM };

/**
 * Whether the browser suite can run: Chromium is installed. In CI it must be, so there the
 * answer is always yes and a missing Chromium fails the tests instead of skipping them.
 */
export function browserAvailable(): boolean {
  return Boolean(process.env['CI']) || existsSync(CHROMIUM);
}

/** Every page of the built site, as URL paths ("/", "/actors/colombia/", "/404.html"). */
export function sitePages(dir: string): string[] {
  const pages: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const file = join(d, name);
      if (statSync(file).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro' && name !== 'data') walk(file);
      } else if (name === 'index.html') {
        const rel = relative(dir, d).split(sep).join('/');
        pages.push(rel ? `/${rel}/` : '/');
      } else if (name.endsWith('.html')) pages.push(`/${relative(dir, file).split(sep).join('/')}`);
    }
  };
  walk(dir);
  return pages.sort();
}

/**
 * Problems a page reports while loading: console errors, uncaught exceptions, failed requests,
 * and any request that leaves `origin` (the site makes no third-party requests).
 */
export function watchPage(page: Page, origin: string): string[] {
  const problems: string[] = [];
  page.on('request', (req) => {
    if (!req.url().startsWith(origin) && !req.url().startsWith('data:'))
      problems.push(`third-party request: ${req.url()}`);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return problems;
}

/** Opens the search modal from the keyboard (`/`), types a query and waits for results. */
export async function searchFor(page: Page, query: string): Promise<void> {
  await page.keyboard.press('/');
  const input = page.locator('pagefind-modal dialog[open] pagefind-input input');
  await input.waitFor();
  await input.fill(query);
  await page.locator('pagefind-modal dialog[open] pagefind-results a').first().waitFor();
}

/** What `serveSiteToBrowser` gives a suite: the server's URL and the browser, once `beforeAll` has run. */
export interface SiteSession {
  url(): string;
  browser(): Browser;
}

/**
 * Serves `siteDir` and starts Chromium before the suite's tests, and stops both after them; pass a
 * function when the folder is only known once an earlier `beforeAll` has built the site.
 */
export function serveSiteToBrowser(siteDir: string | (() => string)): SiteSession {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(typeof siteDir === 'string' ? siteDir : siteDir());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { url: () => server!.url, browser: () => browser! };
}
