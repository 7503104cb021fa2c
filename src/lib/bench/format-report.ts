/** Formats benchmark results as a plain-text table for the terminal and for reports. */
import type { BenchReport } from '../schema/bench.ts';

const mb = (b: number | null) => (b === null ? 'n/a' : `${(b / 1024 / 1024).toFixed(0)} MB`);
const kb = (b: number | null) => (b === null ? 'n/a' : `${(b / 1024).toFixed(1)} KB`);
const s = (x: number) => `${x.toFixed(1)} s`;
// Incremental runs take about a second: a tenth would hide what changed.
const s2 = (x: number) => `${x.toFixed(2)} s`;
/** The median (of an even count, the mean of the middle two). */
const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Returns the report as aligned text: one column per corpus size, then the incremental case. */
export function formatReport(report: BenchReport): string {
  const rows: Array<[string, ...string[]]> = [
    ['articles', ...report.sizes.map((r) => String(r.articles))],
    ['extraction + generation (cold)', ...report.sizes.map((r) => `${r.articlesPerSecond.toFixed(0)} art/s`)],
    ['generate, cold cache', ...report.sizes.map((r) => s(r.generate.seconds))],
    ['generate, warm cache, no change', ...report.sizes.map((r) => s(r.regenerate.seconds))],
    ['astro build', ...report.sizes.map((r) => s(r.astro.seconds))],
    ['pagefind', ...report.sizes.map((r) => s(r.pagefind.seconds))],
    ['total (generate + astro + pagefind)', ...report.sizes.map((r) => s(r.totalSeconds))],
    ['peak RSS (largest step)', ...report.sizes.map((r) => mb(r.peakRss))],
    [
      '  generate / astro / pagefind',
      ...report.sizes.map((r) => [r.generate, r.astro, r.pagefind].map((m) => mb(m.peakRss)).join(' / ')),
    ],
    ['dist/ size', ...report.sizes.map((r) => mb(r.distBytes))],
    ['HTML pages', ...report.sizes.map((r) => String(r.htmlPages))],
    ['HTML bytes per page (mean)', ...report.sizes.map((r) => kb(r.htmlBytesPerPage))],
    ['largest HTML page', ...report.sizes.map((r) => `${kb(r.largestPage.bytes)} ${r.largestPage.path}`)],
    ['search, first query: bytes as stored', ...report.sizes.map((r) => kb(r.searchBytes))],
    ['search, first query: bytes gzipped', ...report.sizes.map((r) => kb(r.searchBytesGzip))],
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  const out = [
    `sourcebook bench — ${report.date}, seed ${report.seed}, ${report.cores} cores (${report.cpu}), ${mb(report.memoryBytes)} RAM`,
    `search query: "${report.query}"`,
    '',
    ...rows.map(line),
  ];
  const inc = report.incremental;
  if (inc) {
    out.push(
      '',
      `incremental, ${inc.articles} articles, one article changed: regenerate ${s2(inc.regenerate.seconds)} ` +
        `(${s2(inc.regenerateInProcessSeconds)} after start-up), ` +
        `${inc.extracted} re-extracted, ${inc.filesRewritten.length} files rewritten`,
      ...inc.filesRewritten.map((f) => `  ${f}`),
    );
    if (inc.repeats.length) {
      const all = [inc.regenerate.seconds, ...inc.repeats.map((r) => r.seconds)];
      out.push(
        `the same after changing ${inc.repeats.length} more articles, one at a time: ` +
          `${inc.repeats.map((r) => `${s2(r.seconds)} (${s2(r.inProcessSeconds)})`).join(', ')}; ` +
          `median of all ${all.length}: ${s2(median(all))}`,
      );
    }
    if (inc.watch?.seconds.length) {
      out.push(
        `with generate --watch running, ${inc.watch.seconds.length} articles changed one at a time: ` +
          `${inc.watch.seconds.map((x) => `${x.toFixed(2)} s`).join(', ')} (median ${median(inc.watch.seconds).toFixed(2)} s) ` +
          `from save to files written; ${inc.watch.filesWritten.join(', ')} files written; peak RSS ${mb(inc.watch.peakRss)}`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}
