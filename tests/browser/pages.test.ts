/**
 * Every page of the built site in Chromium at a phone's width: it loads with no console error and
 * no failed request, has no horizontal scroll, and axe-core finds no WCAG 2.2 A/AA violation in
 * the light theme or the dark one.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { serveSiteToBrowser, sitePages, watchPage } from './support/browser.ts';

const siteDir = inject('siteDir');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe.skipIf(!siteDir)('every page in Chromium', () => {
  const pages = siteDir ? sitePages(siteDir) : [];

  const site = serveSiteToBrowser(siteDir);

  const axe = async (page: Page) =>
    (await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );

  it('finds the pages to test', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(pages).toContain('/');
  });

  it.each(pages)('%s loads cleanly, fits 360 px and passes axe in both themes', async (path) => {
    const context = await site.browser().newContext({ viewport: { width: 360, height: 740 }, colorScheme: 'light' });
    const page = await context.newPage();
    const problems = watchPage(page, site.url());
    try {
      await page.goto(site.url() + path, { waitUntil: 'load' });
      expect(problems, 'console errors, failed and third-party requests').toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'horizontal scroll at 360 px (px)').toBeLessThanOrEqual(0);
      expect(await axe(page), 'axe violations, light theme').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axe(page), 'axe violations, dark theme').toEqual([]);
    } finally {
      await context.close();
    }
  });
});
