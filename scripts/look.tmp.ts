import { chromium } from 'playwright-core';
import { serveStatic } from './support/static-server.ts';
const srv = await serveStatic('/work/wt-5/dist', 4351);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const [w, scheme, ...paths] = process.argv.slice(2);
const page = await browser.newPage({ viewport: { width: Number(w), height: 1000 }, colorScheme: scheme as 'dark' });
page.on('console', (m) => console.log('console', m.type(), m.text()));
for (const p of paths) {
  await page.goto(srv.url + p);
  const name = p.replace(/[^a-z0-9]+/g, '-');
  await page.screenshot({ path: `/tmp/wt5/${name}${w}${scheme}.png`, fullPage: true, clip: { x: 0, y: Number(process.env.Y ?? 0), width: Number(w), height: 1400 } });
  console.log(`/tmp/wt5/${name}${w}${scheme}.png`, await page.evaluate(() => document.documentElement.scrollWidth));
}
await browser.close(); await srv.close();
