/**
 * Theme and layout in Chromium: the theme follows the system setting without JavaScript, the
 * toggle switches it and the choice persists across pages and reloads; screenshots of the home,
 * a source and an actor page at phone and desktop widths are written to test-results/screenshots/.
 * Also the home page's weight budget: at most 60 KB of compressed HTML and CSS.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { serveSiteToBrowser, sitePages } from './support/browser.ts';

const siteDir = inject('siteDir');
const root = join(import.meta.dirname, '..', '..');
const HOME_BUDGET = 60 * 1024;

describe.skipIf(!siteDir)('theme and layout in Chromium', () => {
  const site = serveSiteToBrowser(siteDir);

  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  /** Relative luminance of an rgb() colour, 0 (black) to 1 (white). */
  const luminance = (rgb: string) => {
    const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number);
    return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
  };

  it('follows the system setting by CSS alone, with JavaScript off', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser().newContext({ javaScriptEnabled: false, colorScheme });
      const page = await context.newPage();
      await page.goto(`${site.url()}/`);
      const lum = luminance(await background(page));
      if (colorScheme === 'dark') expect(lum).toBeLessThan(0.3);
      else expect(lum).toBeGreaterThan(0.7);
      await context.close();
    }
  });

  it('switches theme with the toggle and keeps the choice on other pages and after a reload', async () => {
    const context = await site.browser().newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${site.url()}/`);
    const toggle = page.locator('[data-theme-toggle]');
    await expect.poll(() => toggle.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(luminance(await background(page))).toBeGreaterThan(0.7);
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(luminance(await background(page))).toBeLessThan(0.3);
    await page.goto(`${site.url()}/figures/`);
    await expect.poll(() => page.locator('html').getAttribute('data-theme'), { timeout: 10_000 }).toBe('dark');
    expect(luminance(await background(page))).toBeLessThan(0.3);
    await page.reload();
    await expect.poll(async () => luminance(await background(page)), { timeout: 10_000 }).toBeLessThan(0.3);
    await page.locator('[data-theme-toggle]').click();
    expect(luminance(await background(page))).toBeGreaterThan(0.7);
    await context.close();
  });

  it('writes screenshots of the home, a source and an actor page at 375 px and 1280 px', async () => {
    const pages = sitePages(siteDir);
    const shots = [
      ['home', '/'],
      ['source', pages.find((p) => /^\/sources\/[^/]+\/$/.test(p))],
      ['actor', pages.find((p) => /^\/actors\/[^/]+\/$/.test(p))],
    ] as const;
    const dir = join(root, 'test-results', 'screenshots');
    mkdirSync(dir, { recursive: true });
    for (const width of [375, 1280]) {
      const context = await site.browser().newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const [name, path] of shots) {
        expect(path, `a ${name} page`).toBeDefined();
        await page.goto(site.url() + path!);
        const shot = await page.screenshot({ path: join(dir, `${name}-${width}.png`), fullPage: true });
        expect(shot.length).toBeGreaterThan(1000);
      }
      await context.close();
    }
  });
});

describe.skipIf(!siteDir)('the home page weight', () => {
  it(`is at most ${HOME_BUDGET / 1024} KB of gzipped HTML and CSS`, () => {
    const html = readFileSync(join(siteDir, 'index.html'));
    const css = [...html.toString('utf8').matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) =>
      readFileSync(join(siteDir, m[1]!)),
    );
    expect(css.length).toBeGreaterThan(0);
    const bytes = [html, ...css].reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0);
    expect(bytes).toBeLessThanOrEqual(HOME_BUDGET);
  });
});
