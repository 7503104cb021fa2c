/**
 * Measures what a first search costs a reader: serves dist/ on a local port, opens the search page
 * with a query in headless Chromium, and sums the bytes of the Pagefind files it fetched.
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, launchChromium } from '../support/chromium.ts';
import { serveStatic } from '../support/static-server.ts';

/**
 * Bytes of the /pagefind/ files the search page fetches for `query` (as stored, and as sent by a
 * server that gzips what is not compressed yet), and the results shown; null without Chromium.
 */
export async function measureSearchBytes(
  dist: string,
  query: string,
  port: number,
  // Extra search-page parameters, e.g. "&all=1" to search every bundle.
  params = '',
): Promise<{ bytes: number; gzipBytes: number; results: number } | null> {
  if (!existsSync(CHROMIUM)) return null;
  const server = await serveStatic(dist, port);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const sizes: Array<Promise<[number, number]>> = [];
    page.on('response', (res) => {
      const path = new URL(res.url()).pathname;
      // Every bundle counts: the main one (/pagefind/) and those of source-page shards (/pagefind-sources-N/).
      if (/^\/pagefind[^/]*\//.test(path))
        sizes.push(
          res.body().then(
            (b): [number, number] => {
              // Pagefind's index and WASM files are gzipped already; a server would compress the rest.
              const wire = /\.pf_|\.pagefind$/.test(path) ? b.length : gzipSync(b).length;
              if (process.env.BENCH_VERBOSE) console.log(`  ${b.length}\t${wire}\t${path}`);
              return [b.length, wire];
            },
            (): [number, number] => [0, 0],
          ),
        );
    });
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}${params}`);
    // Results render once the index chunks and the first fragments have arrived.
    await page.waitForFunction(() => /\d/.test(document.querySelector('pagefind-summary')?.textContent ?? ''), null, {
      timeout: 60_000,
    });
    await page.waitForLoadState('networkidle');
    const summary = (await page.locator('pagefind-summary').textContent()) ?? '';
    const results = Number(/(\d[\d,]*)\s+result/.exec(summary)?.[1]?.replace(/,/g, '') ?? 0);
    const all = await Promise.all(sizes);
    return { bytes: all.reduce((sum, [n]) => sum + n, 0), gzipBytes: all.reduce((sum, [, n]) => sum + n, 0), results };
  } finally {
    await browser.close();
    await server.close();
  }
}
