/**
 * Measures what a first search costs a reader: serves dist/ on a local port, opens the search page
 * with a query in headless Chromium, and sums the bytes of the Pagefind files it fetched.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

// A dozen lines of static file serving; no server package is among the dependencies, and this one
// must count bytes exactly as stored (Pagefind's files are already compressed).
function serve(dist: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(dist, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/**
 * Bytes of the /pagefind/ files the search page fetches for `query` (as stored, and as sent by a
 * server that gzips what is not compressed yet), and the results shown; null without Chromium.
 */
export async function measureSearchBytes(
  dist: string,
  query: string,
  port: number,
): Promise<{ bytes: number; gzipBytes: number; results: number } | null> {
  if (!existsSync(CHROMIUM)) return null;
  const server = await serve(dist, port);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    const sizes: Array<Promise<[number, number]>> = [];
    page.on('response', (res) => {
      const path = new URL(res.url()).pathname;
      if (path.startsWith('/pagefind/'))
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
    await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(query)}`);
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
    await new Promise((resolve) => server.close(resolve));
  }
}
