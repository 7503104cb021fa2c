/**
 * CLI: checks every internal link and #anchor of the built site, and the rel of external links;
 * exits 1 when anything is broken. Run after `npm run build`.
 * Usage: tsx scripts/check-links.ts [--site dist]
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { checkLinks } from '../src/lib/links/check-links.ts';
import { listFiles } from './support/fs.ts';

const { values: args } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const files = listFiles(args.site, '').map((f) => relative(args.site, f).split('\\').join('/'));
if (!files.includes('index.html')) {
  console.error(
    `check-links: ${args.site}/index.html not found. Fix: run \`npm run build\` first, or pass --site <folder>`,
  );
  process.exit(1);
}
const pages = new Map(
  files.filter((f) => f.endsWith('.html')).map((f) => [f, readFileSync(`${args.site}/${f}`, 'utf8')] as const),
);
// The site's own address, as its pages declare it, so absolute links to it are checked as internal.
const origin = /<link rel="canonical" href="([^"]+?)\/?"/.exec(pages.get('index.html') ?? '')?.[1];
const report = checkLinks(pages, new Set(files), origin);
for (const b of report.broken) console.error(`${args.site}/${b.page}: ${b.where}="${b.url}": ${b.problem}`);
console.log(
  `check-links: ${report.pages} pages, ${report.internal} internal links (${report.anchors} to #anchors), ${report.external} external; ${report.broken.length} broken`,
);
if (report.broken.length) process.exit(1);
