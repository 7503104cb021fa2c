/**
 * Search in Chromium: Pagefind loads only when the reader opens search; the keyboard alone opens
 * search, types and opens a result; a search for an actor lists their page, the country they
 * speak for and their quotes, and the actor filter narrows the results; quotes and figures are
 * results of their own; the result page highlights the terms.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { z } from 'astro/zod';
import { parseTopic } from '../../src/lib/config/parse-topic.ts';
import { figureSchema, quotedWordsSchema, quoteSchema } from '../../src/lib/schema/data.ts';
import { serveSiteToBrowser, searchFor } from './support/browser.ts';

const siteDir = inject('siteDir');
const root = join(import.meta.dirname, '..', '..');

describe.skipIf(!siteDir)('search in Chromium', () => {
  let page: Page;

  const topic = parseTopic(readFileSync(join(root, 'content', 'topic.yaml'), 'utf8'), 'topic.yaml');
  const quotes = siteDir
    ? z.array(quoteSchema).parse(JSON.parse(readFileSync(join(siteDir, 'data', 'quotes.json'), 'utf8')))
    : [];
  const figures = siteDir
    ? z.array(figureSchema).parse(JSON.parse(readFileSync(join(siteDir, 'data', 'figures.json'), 'utf8')))
    : [];
  const quotedWords = siteDir
    ? z.array(quotedWordsSchema).parse(JSON.parse(readFileSync(join(siteDir, 'data', 'quoted-words.json'), 'utf8')))
    : [];
  // The actor the brief names: the person whose name contains "Petro", and the country they speak for.
  const petro = topic.actors.find((x) => x.type === 'person' && /\bPetro\b/.test(x.name));
  const country = topic.actors.find((x) => x.id === petro?.country);

  const site = serveSiteToBrowser(siteDir);
  beforeEach(async (ctx) => {
    const context = await site.browser().newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    ctx.onTestFinished(() => context.close());
  });

  const path = (href: string | null) => new URL(href ?? '', site.url()).pathname;
  const withoutQuery = (href: string | null) => {
    const url = new URL(href ?? '', site.url());
    return url.pathname + url.hash;
  };
  /** The main result links, after scrolling the list so that every result has loaded. */
  const resultLinks = async () => {
    let previous = -1;
    for (let i = 0; i < 20; i++) {
      const links = page.locator('pagefind-modal dialog[open] pagefind-results a.pf-result-link');
      const count = await links.count();
      if (count === previous) break;
      previous = count;
      await links.last().scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
    }
    return page
      .locator('pagefind-modal dialog[open] pagefind-results a.pf-result-link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  };
  const summary = () => page.locator('pagefind-modal dialog[open] pagefind-summary').textContent();

  it('loads no JavaScript but the site module until search opens, then loads Pagefind', async () => {
    const requested: string[] = [];
    page.on('request', (req) => requested.push(new URL(req.url()).pathname));
    await page.goto(`${site.url()}/`, { waitUntil: 'load' });
    expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    expect(requested.filter((p) => p.endsWith('.js'))).toHaveLength(1);
    await searchFor(page, 'strikes');
    expect(requested.some((p) => p.startsWith('/pagefind/pagefind-component-ui'))).toBe(true);
  });

  const axeBothThemes = async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        colorScheme,
      ).toEqual([]);
    }
  };

  it('passes axe with the search modal open on results, in both themes', async () => {
    await page.goto(`${site.url()}/`);
    await searchFor(page, 'Petro');
    await axeBothThemes();
  });

  it('shows results for ?q= on the search page, with filters, fitting 360 px, and passes axe there', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${site.url()}/search/?q=Petro`);
    await page.locator('.search-page pagefind-results a').first().waitFor();
    await page
      .locator('.search-page pagefind-filter-pane input[type="checkbox"]')
      .first()
      .waitFor({ state: 'attached' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal scroll at 360 px (px)').toBeLessThanOrEqual(0);
    await axeBothThemes();
  });

  it('lets the keyboard alone reach search, type a query and open a result', async () => {
    await page.goto(`${site.url()}/`);
    let onSearch = false;
    for (let i = 0; i < 25 && !onSearch; i++) {
      await page.keyboard.press('Tab');
      onSearch = await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open') ?? false);
    }
    expect(onSearch, 'Tab reaches the search button').toBe(true);
    await page.keyboard.press('Enter');
    const input = page.locator('pagefind-modal dialog[open] pagefind-input input');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement), { timeout: 10_000 }).toBe(true);
    await page.keyboard.type(petro!.name);
    const first = page.locator('pagefind-modal dialog[open] pagefind-results a').first();
    await first.waitFor();
    const href = await first.getAttribute('href');
    // Arrow down moves from the input into the results; Enter opens the focused one.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), { timeout: 10_000 }).toBe('A');
    await Promise.all([page.waitForURL((url) => url.pathname === path(href)), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(path(href));
  });

  it('lists the actor page first for an actor’s name, then the country they speak for and their quotes', async () => {
    expect(petro, 'an actor named Petro in content/topic.yaml').toBeDefined();
    await page.goto(`${site.url()}/`);
    await searchFor(page, 'Petro');
    const links = (await resultLinks()).map(withoutQuery);
    expect(links[0]).toBe(`/actors/${petro!.id}/`);
    expect(links).toContain(`/actors/${country!.id}/`);
    const theirQuotes = quotes
      .filter((q) => q.speakerId === petro!.id)
      .map((q) => `/sources/${q.source}/#${q.sentence}`);
    expect(theirQuotes.length).toBeGreaterThan(0);
    expect(links.filter((l) => theirQuotes.includes(l)).length).toBeGreaterThan(0);
  });

  it('lists each actor’s page first when its name is searched', async () => {
    const actors = topic.actors.filter((x) => existsSync(join(siteDir, 'actors', x.id, 'index.html')));
    expect(actors.length).toBeGreaterThan(0);
    await page.goto(`${site.url()}/`);
    await searchFor(page, actors[0]!.name);
    const input = page.locator('pagefind-modal dialog[open] pagefind-input input');
    const firstHref = () =>
      page.locator('pagefind-modal dialog[open] pagefind-results a.pf-result-link').first().getAttribute('href');
    for (const actor of actors) {
      await input.fill(actor.name);
      await expect
        .poll(async () => path(await firstHref()), { timeout: 10_000, message: actor.name })
        .toBe(`/actors/${actor.id}/`);
    }
  });

  it('narrows the results with the actor filter', async () => {
    await page.goto(`${site.url()}/`);
    await searchFor(page, 'Petro');
    const before = await resultLinks();
    const count = await summary();
    const dropdown = page.locator('pagefind-modal dialog[open] pagefind-filter-dropdown[filter="actor"]');
    await dropdown.locator('button[role="combobox"]').click();
    await dropdown.locator(`[role="option"][data-value="${petro!.name}"]`).click();
    await expect.poll(summary, { timeout: 10_000 }).not.toBe(count);
    const after = (await resultLinks()).map(withoutQuery);
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before.length);
    expect(after[0]).toBe(`/actors/${petro!.id}/`);
    expect(after).not.toContain(`/actors/${country!.id}/`);
  });

  it('finds a figure by what it counts, as a result of its own', async () => {
    // A cue phrase of a metric that the sentence itself need not contain.
    const metric = topic.metrics.find(
      (m) => m.cues.some((c) => c.includes(' ')) && figures.some((f) => f.metric === m.id),
    );
    expect(metric).toBeDefined();
    const cue = metric!.cues.find((c) => c.includes(' '))!;
    await page.goto(`${site.url()}/`);
    await searchFor(page, cue);
    const figureUrls = figures.filter((f) => f.metric === metric!.id).map((f) => `/sources/${f.source}/#${f.sentence}`);
    const links = (await resultLinks()).map(withoutQuery);
    expect(figureUrls).toContain(links[0]);
    const title = await page
      .locator('pagefind-modal dialog[open] pagefind-results .pf-result-title')
      .first()
      .textContent();
    expect(title).toContain(metric!.label);
  });

  it('finds a quote by its own words, leading to its sentence, with the terms highlighted there', async () => {
    // The longest word of the longest attributed quote: distinctive enough to find it.
    const quote = [...quotes].filter((q) => q.speaker).sort((x, y) => y.text.length - x.text.length)[0]!;
    const word = quote.text.split(/[^\p{L}]+/u).sort((x, y) => y.length - x.length)[0]!;
    await page.goto(`${site.url()}/`);
    await searchFor(page, word);
    const links = (await resultLinks()).map(withoutQuery);
    expect(links).toContain(`/sources/${quote.source}/#${quote.sentence}`);
    const target = `/sources/${quote.source}/`;
    const link = page
      .locator(`pagefind-modal dialog[open] a.pf-result-link[href^="${target}?"][href$="#${quote.sentence}"]`)
      .first();
    await Promise.all([page.waitForURL(/highlight=/), link.click()]);
    expect(new URL(page.url()).hash).toBe(`#${quote.sentence}`);
    await expect
      .poll(() => page.locator('mark.pagefind-highlight').count(), {
        message: `${word} highlighted on ${page.url()}`,
        timeout: 10_000,
      })
      .toBeGreaterThan(0);
  });

  it('finds each speaker’s quoted word or words as a quote result leading to its sentence', async () => {
    expect(quotedWords.length).toBeGreaterThan(0);
    for (const w of quotedWords.filter((x) => x.speakerId)) {
      await page.goto(`${site.url()}/`);
      await searchFor(page, w.text);
      const links = (await resultLinks()).map(withoutQuery);
      expect(links, `search for ${w.text}`).toContain(`/sources/${w.source}/#${w.sentence}`);
    }
  });
});
