import { chromium } from 'playwright-core';
import { serveStatic } from './support/static-server.ts';
const srv = await serveStatic('/work/wt-5/dist', 4353);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (m) => console.log('pageerror', m.message));
page.on('framenavigated', (f) => console.log('nav', f.url()));
await page.goto(srv.url + '/');
await page.keyboard.press('/');
await page.locator('pagefind-modal dialog[open] pagefind-input input').fill('representation');
const link = page.locator('pagefind-modal dialog[open] a.pf-result-link[href$="#s-0zuop67"]').first();
await link.waitFor();
await Promise.all([page.waitForURL(/highlight=/), link.click()]);
for (let i = 0; i < 6; i++) { await page.waitForTimeout(500); console.log(page.url(), await page.locator('mark').first().getAttribute('class'), await page.evaluate(() => document.querySelector('h1')?.textContent)); }
await browser.close(); await srv.close();
