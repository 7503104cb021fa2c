/**
 * CLI: measures the built site in Chromium: page weights (HTML, CSS and JS, raw and gzipped), the
 * bytes Pagefind fetches for a reader's first search, and the time from typing a query to the
 * first result (cold: the first search on a page; warm: a second query). Numbers are printed,
 * never asserted (timings vary with the machine).
 * Usage: npm run bench:site [-- --site dist --query Petro --runs 5 --json out.json]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../support/chromium.ts';
import { serveStatic } from '../support/static-server.ts';

const { values: args } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    query: { type: 'string', default: 'Petro' },
    second: { type: 'string', default: 'death toll' },
    runs: { type: 'string', default: '5' },
    json: { type: 'string' },
  },
});
const site = args.site;
if (!existsSync(join(site, 'pagefind', 'pagefind-entry.json'))) {
  console.error(
    `bench:site: expected a built site with a search index in ${site}/, found none. Fix: run npm run build first.`,
  );
  process.exit(1);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? NaN;
const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

// Page weights: the HTML and every stylesheet and script it links, as a static host serves them.
const pagePaths = ['/', '/figures/', '/positions/', '/arguments/', '/quotes/'];
const firstIn = (folder: string) => {
  const file = readFileSync(join(site, 'sitemap-0.xml'), 'utf8');
  const m = file.match(new RegExp(`<loc>[^<]*?(/${folder}/[^<]+/)</loc>`));
  return m?.[1];
};
for (const extra of [firstIn('sources'), firstIn('actors')]) if (extra) pagePaths.push(extra);
const weights = pagePaths.map((path) => {
  const html = readFileSync(join(site, path, 'index.html'));
  const text = html.toString('utf8');
  const linked = (re: RegExp) => [...text.matchAll(re)].map((m) => readFileSync(join(site, m[1]!)));
  const css = linked(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+)"/g);
  const js = linked(/<script[^>]+src="(\/[^"]+)"/g);
  const sum = (files: Buffer[], f: (b: Buffer) => number) => files.reduce((s, b) => s + f(b), 0);
  return {
    path,
    html: html.length,
    htmlGzip: gz(html),
    cssGzip: sum(css, gz),
    jsGzip: sum(js, gz),
    htmlCssGzip: gz(html) + sum(css, gz),
  };
});

const server = await serveStatic(site);
const browser = await launchChromium();

/** What a Pagefind file is, for the breakdown of a first search's bytes. */
const pagefindKind = (path: string) =>
  path.includes('component-ui')
    ? 'Component UI (JS + CSS)'
    : /\/(fragment)\//.test(path)
      ? 'result fragments'
      : /\/(index|filter)\/|\.pf_meta$/.test(path)
        ? 'index, filters and metadata'
        : /wasm/.test(path)
          ? 'WebAssembly search core'
          : 'search runtime (pagefind.js, worker, entry)';

interface Run {
  byKind: Record<string, number>;
  pagefindBytes: number;
  pagefindFiles: number;
  coldMs: number;
  warmMs: number;
  transferredHome: number;
}
const runs: Run[] = [];
for (let i = 0; i < Number(args.runs); i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const responses: Array<{ url: string; bytes: Promise<number> }> = [];
  page.on('requestfinished', (req) => {
    responses.push({ url: req.url(), bytes: req.sizes().then((s) => s.responseBodySize + s.responseHeadersSize) });
  });
  await page.goto(`${server.url}/`, { waitUntil: 'load' });
  const homeBytes = await Promise.all(responses.map((r) => r.bytes));
  const transferredHome = homeBytes.reduce((s, n) => s + n, 0);
  responses.length = 0;
  await page.keyboard.press('/');
  const input = page.locator('pagefind-modal dialog[open] pagefind-input input');
  await input.waitFor();
  const results = page.locator('pagefind-modal dialog[open] pagefind-results a.pf-result-link');
  let t0 = performance.now();
  await input.fill(args.query);
  await results.first().waitFor();
  const coldMs = performance.now() - t0;
  await page.waitForLoadState('networkidle');
  const pagefind = responses.filter((r) => new URL(r.url).pathname.startsWith('/pagefind/'));
  const sizes = await Promise.all(pagefind.map((r) => r.bytes));
  const pagefindBytes = sizes.reduce((s, n) => s + n, 0);
  const byKind: Record<string, number> = {};
  pagefind.forEach((r, j) => {
    const kind = pagefindKind(new URL(r.url).pathname);
    byKind[kind] = (byKind[kind] ?? 0) + sizes[j]!;
  });
  await input.fill('');
  await results.first().waitFor({ state: 'detached' });
  t0 = performance.now();
  await input.fill(args.second);
  await results.first().waitFor();
  const warmMs = performance.now() - t0;
  runs.push({ byKind, pagefindBytes, pagefindFiles: pagefind.length, coldMs, warmMs, transferredHome });
  await context.close();
}
await browser.close();
await server.close();

const report = {
  pages: weights,
  homeTransferred: median(runs.map((r) => r.transferredHome)),
  firstSearch: {
    query: args.query,
    pagefindBytes: median(runs.map((r) => r.pagefindBytes)),
    pagefindFiles: median(runs.map((r) => r.pagefindFiles)),
    coldMsMedian: Math.round(median(runs.map((r) => r.coldMs))),
    warmMsMedian: Math.round(median(runs.map((r) => r.warmMs))),
    runs: runs.length,
    byKind: runs[0]?.byKind ?? {},
  },
};

console.log('Page weights (gzip -9; a static host with compression serves about this):');
console.log('| page | HTML raw | HTML gz | CSS gz | JS gz | HTML+CSS gz |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const w of weights)
  console.log(
    `| ${w.path} | ${kb(w.html)} | ${kb(w.htmlGzip)} | ${kb(w.cssGzip)} | ${kb(w.jsGzip)} | ${kb(w.htmlCssGzip)} |`,
  );
console.log(`\nHome page, everything transferred on load (gzip, with headers): ${kb(report.homeTransferred)}`);
console.log(
  `First search for "${args.query}": Pagefind fetched ${report.firstSearch.pagefindFiles} files, ${kb(report.firstSearch.pagefindBytes)}` +
    ` (median of ${runs.length} runs)`,
);
for (const [kind, bytes] of Object.entries(report.firstSearch.byKind)) console.log(`  ${kind}: ${kb(bytes)}`);
console.log(
  `Typing to first result: cold ${report.firstSearch.coldMsMedian} ms (includes loading Pagefind), warm ${report.firstSearch.warmMsMedian} ms ("${args.second}")`,
);
if (args.json) writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
