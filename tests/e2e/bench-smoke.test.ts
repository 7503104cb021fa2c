/**
 * A smoke run of `npm run bench` on a tiny corpus: the report must have the documented shape and
 * its figures must agree with each other. No timing is asserted (timings belong to the bench).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchReportSchema, type BenchReport } from '../../src/lib/schema/bench.ts';
import { EXPLAINER_SOURCE_LIMIT } from '../../src/lib/generate/site.ts';

const root = join(import.meta.dirname, '..', '..');
// Just over the explainer pages' bound (EXPLAINER_SOURCE_LIMIT), so the paginated source list is built too.
const SIZE = EXPLAINER_SOURCE_LIMIT + 2;
let dir: string;
let report: BenchReport;
let stdout: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sourcebook-bench-smoke-'));
  const out = join(dir, 'bench.json');
  stdout = execFileSync(
    'npx',
    ['tsx', 'scripts/bench/run.ts', '--sizes', String(SIZE), '--seed', '3', '--out', out, '--port', '4372'],
    { cwd: root, encoding: 'utf8', stdio: 'pipe' },
  );
  report = benchReportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run bench on a tiny corpus', () => {
  it('writes a report for the size it was asked for, with the machine it ran on', () => {
    expect(report.sizes.map((s) => s.articles)).toEqual([SIZE]);
    expect(report.seed).toBe(3);
    expect(report.cores).toBeGreaterThan(0);
  });

  it('reports figures that agree with each other', () => {
    const [r] = report.sizes;
    expect(r!.totalSeconds).toBeCloseTo(r!.generate.seconds + r!.astro.seconds + r!.pagefind.seconds, 6);
    expect(r!.articlesPerSecond).toBeCloseTo(SIZE / r!.generate.seconds, 6);
    // A page per article plus the section pages, the list of all sources, About, search and 404.
    expect(r!.htmlPages).toBeGreaterThan(SIZE + 8);
    expect(r!.largestPage.bytes).toBeGreaterThanOrEqual(r!.htmlBytesPerPage);
    expect(r!.distBytes).toBeGreaterThan(r!.htmlPages * r!.htmlBytesPerPage);
    if (r!.searchBytes !== null) {
      expect(r!.searchResults).toBeGreaterThan(0);
      expect(r!.searchBytesGzip).toBeLessThanOrEqual(r!.searchBytes);
    }
  });

  it('re-extracts only the changed article and rewrites its page data', () => {
    const inc = report.incremental;
    expect(inc?.articles).toBe(SIZE);
    expect(inc?.extracted).toBe(1);
    expect(inc?.filesRewritten).toContain(
      `content/generated/sources/synthetic-${String(Math.floor(SIZE / 2)).padStart(5, '0')}.json`,
    );
  });

  it('repeats the one-off regeneration after changing four more articles, and prints the median of the five', () => {
    const repeats = report.incremental?.repeats ?? [];
    expect(repeats).toHaveLength(4);
    for (const r of repeats) expect(r.seconds).toBeGreaterThanOrEqual(r.inProcessSeconds);
    expect(stdout).toMatch(/the same after changing 4 more articles, one at a time: .*; median of all 5: \d+\.\d\d s/);
  });

  it('measures the same kind of change with generate --watch running, each rewriting the article’s page data', () => {
    const watch = report.incremental?.watch;
    expect(watch?.seconds).toHaveLength(4);
    // Its source page and sources.json at least; never the whole site.
    for (const n of watch!.filesWritten) expect(n).toBeGreaterThanOrEqual(2);
    for (const n of watch!.filesWritten) expect(n).toBeLessThan(SIZE);
    expect(stdout).toMatch(/with generate --watch running, 4 articles changed one at a time/);
  });

  it('prints the table', () => {
    expect(stdout).toMatch(/extraction \+ generation \(cold\)\s+\d+ art\/s/);
    expect(stdout).toContain(`${report.cores} cores`);
  });
});
