/**
 * Search with the older sources in archive bundles (built here from the test site with a main
 * bundle of two sources): the first search loads only the main bundle and says so; the link to
 * search all sources merges the archive, which finds the oldest source's page.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { z } from 'astro/zod';
import { sourceSchema } from '../../src/lib/schema/data.ts';
import { newestSourceIds } from '../../src/lib/search/records.ts';
import { searchFor, serveSiteToBrowser } from './support/browser.ts';

const siteDir = inject('siteDir');
const root = join(import.meta.dirname, '..', '..');

describe.skipIf(!siteDir)('search with archive bundles in Chromium', () => {
  const dir = siteDir ? mkdtempSync(join(tmpdir(), 'sourcebook-archive-')) : '';
  const sources = siteDir
    ? z.array(sourceSchema).parse(JSON.parse(readFileSync(join(siteDir, 'data', 'sources.json'), 'utf8')))
    : [];
  const oldest = sources.find((s) => s.id === newestSourceIds(sources, Infinity).at(-1));
  // A word of the oldest source's text that no other source uses: only its page can match it.
  const wordsOf = (text: string) => new Set(text.toLowerCase().match(/\p{L}{7,}/gu) ?? []);
  const elsewhere = new Set(sources.filter((s) => s !== oldest).flatMap((s) => [...wordsOf(s.text)]));
  const word = [...wordsOf(oldest?.text ?? '')].find((w) => !elsewhere.has(w)) ?? '';
  beforeAll(() => {
    cpSync(siteDir, dir, { recursive: true });
    execFileSync(
      join(root, 'node_modules', '.bin', 'tsx'),
      ['scripts/index-search.ts', '--site', dir, '--main-sources', '2', '--per-shard', '2'],
      { cwd: root, stdio: 'pipe' },
    );
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const site = serveSiteToBrowser(dir);

  let page: Page;
  let fetched: string[];
  beforeEach(async (ctx) => {
    const context = await site.browser().newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    fetched = [];
    page.on('request', (req) => fetched.push(new URL(req.url()).pathname));
    ctx.onTestFinished(() => context.close());
  });
  const resultPaths = async () => {
    await page.locator('.search-page pagefind-results a.pf-result-link').first().waitFor();
    return page
      .locator('.search-page pagefind-results a.pf-result-link')
      .evaluateAll((as) =>
        as.map(
          (a) =>
            new URL(a.getAttribute('href') ?? '', window.location.href).pathname +
            new URL(a.getAttribute('href') ?? '', window.location.href).hash,
        ),
      );
  };

  it('gives each archive bundle’s hashed folders a year-long cache rule in _headers', () => {
    const bundles = readdirSync(dir).filter((f) => f.startsWith('pagefind-sources-'));
    expect(bundles.length).toBeGreaterThan(0);
    const headers = readFileSync(join(dir, '_headers'), 'utf8');
    for (const bundle of bundles)
      for (const folder of ['fragment', 'index']) {
        expect(headers).toContain(`/${bundle}/${folder}/*\n  Cache-Control: public, max-age=31536000, immutable`);
        // Only files whose names carry a hash get it.
        for (const f of readdirSync(join(dir, bundle, folder))) expect(f).toMatch(/_[0-9a-f]{6,}\.pf_/);
      }
  });

  it('searches only the main bundle first, says which sources it covers, and offers all of them', async () => {
    expect(sources.length).toBeGreaterThan(3);
    expect(word).not.toBe('');
    await page.goto(`${site.url()}/search/?q=${encodeURIComponent(word)}`);
    const paths = await resultPaths();
    expect(paths).not.toContain(`/sources/${oldest!.id}/`);
    expect(fetched.some((p) => p.startsWith('/pagefind-sources-'))).toBe(false);
    const note = page.locator('.search-scope');
    await expect.poll(() => note.textContent()).toContain(`2 newest of ${sources.length} sources`);
    const href = await note.locator('a').getAttribute('href');
    expect(new URL(href ?? '', site.url()).searchParams.get('q')).toBe(word);
  });

  it('finds an older source’s page once the reader searches all sources', async () => {
    await page.goto(`${site.url()}/search/?q=${encodeURIComponent(word)}`);
    await page.locator('.search-scope a').click();
    await page.waitForURL(/[?&]all=1/);
    await expect.poll(resultPaths, { timeout: 15_000 }).toContain(`/sources/${oldest!.id}/`);
    expect(fetched.some((p) => p.startsWith('/pagefind-sources-'))).toBe(true);
    await expect.poll(() => page.locator('.search-scope').textContent()).toContain(`all ${sources.length} sources`);
  });

  it('offers the search of all sources from the search dialog too, carrying the query', async () => {
    await page.goto(`${site.url()}/`);
    await searchFor(page, word);
    const note = page.locator('pagefind-modal dialog[open] .search-scope');
    await expect.poll(() => note.textContent()).toContain(`2 newest of ${sources.length} sources`);
    const href = new URL((await note.locator('a').getAttribute('href')) ?? '', site.url());
    expect(href.pathname).toBe('/search/');
    expect(href.searchParams.get('all')).toBe('1');
    expect(href.searchParams.get('q')).toBe(word);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  });
});
