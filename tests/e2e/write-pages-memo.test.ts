/**
 * writePages with its memo: a page whose generated content and file are unchanged is not merged
 * again, yet the run reports exactly what a run without the memo reports, a contributor's edit is
 * still merged, and links are checked against the sources of the current run.
 */
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GeneratedPage } from '../../src/lib/generate/serialize.ts';
import type { SourceAnchors } from '../../src/lib/validate/page-links.ts';
import { writePages, type WritePagesOptions } from '../../scripts/support/write-pages.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'write-pages-memo-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const page = (sentence: string): GeneratedPage => ({
  path: 'figures',
  frontmatter: { title: 'Figures', description: 'What was counted.', kind: 'explainer', generated: true },
  body: [
    { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Deaths' }] },
    {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'As reported ' },
        { type: 'link', url: `/sources/a/#${sentence}`, children: [{ type: 'text', value: 'here' }] },
        { type: 'text', value: '.' },
      ],
    },
  ],
});
const sources = (...anchors: string[]): SourceAnchors => new Map([['a', new Set(anchors)]]);
const options = (known: SourceAnchors, memo: boolean): WritePagesOptions => ({
  generatedDir: join(dir, 'generated'),
  pagesDir: join(dir, 'pages'),
  sources: known,
  dryRun: false,
  removeStale: true,
  rel: (f) => f.slice(dir.length + 1),
  memoFile: memo ? join(dir, 'cache', 'pages.json') : null,
});
const file = () => join(dir, 'generated', 'figures.mdx');

describe('writePages with a memo', () => {
  it('writes a page once, then leaves it alone while reporting nothing new', async () => {
    const first = await writePages([page('s-1')], [], options(sources('s-1'), true));
    expect(first.changed).toEqual([file()]);
    const written = readFileSync(file(), 'utf8');
    for (let run = 0; run < 2; run++) {
      const again = await writePages([page('s-1')], [], options(sources('s-1'), true));
      expect(again).toEqual({ changed: [], removed: [], problems: [], notices: [] });
    }
    expect(readFileSync(file(), 'utf8')).toBe(written);
  });

  it('still merges a contributor edit to a remembered page, as a run without the memo does', async () => {
    await writePages([page('s-1')], [], options(sources('s-1'), true));
    await writePages([page('s-1')], [], options(sources('s-1'), true));
    const note = 'A note the contributor added below the generated text.';
    writeFileSync(file(), `${readFileSync(file(), 'utf8')}\n${note}\n`);
    const edited = readFileSync(file(), 'utf8');
    const withMemo = await writePages([page('s-2')], [], options(sources('s-2'), true));
    const merged = readFileSync(file(), 'utf8');
    writeFileSync(file(), edited);
    const withoutMemo = await writePages([page('s-2')], [], options(sources('s-2'), false));
    expect(merged).toContain(note);
    expect(merged).toContain('/sources/a/#s-2');
    expect(readFileSync(file(), 'utf8')).toBe(merged);
    expect(withMemo).toEqual(withoutMemo);
  });

  it('reports a link to an anchor that is gone even when the page itself is remembered', async () => {
    await writePages([page('s-1')], [], options(sources('s-1'), true));
    await writePages([page('s-1')], [], options(sources('s-1'), true));
    const report = await writePages([page('s-1')], [], options(sources('s-9'), true));
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]?.message).toContain('links to sentence "#s-1" of source "a"');
    expect(report.problems[0]?.file).toBe(join('generated', 'figures.mdx'));
  });

  it('skips reading a data page whose file is as last written, and rewrites one changed on disk', async () => {
    let reads = 0;
    const data = { path: 'sources/a.json', key: 'k1', content: () => (reads++, '{"id": "a"}\n') };
    const target = join(dir, 'generated', 'sources', 'a.json');
    expect((await writePages([], [data], options(sources(), true))).changed).toEqual([target]);
    expect((await writePages([], [data], options(sources(), true))).changed).toEqual([]);
    expect(reads).toBe(1);
    writeFileSync(target, '{"id": "changed by hand"}\n');
    expect((await writePages([], [data], options(sources(), true))).changed).toEqual([target]);
    expect(readFileSync(target, 'utf8')).toBe('{"id": "a"}\n');
    expect((await writePages([], [{ ...data, key: 'k2' }], options(sources(), true))).changed).toEqual([]);
    expect(reads).toBe(3);
  });

  it('still knows a data page after the project folder moved', async () => {
    let reads = 0;
    const data = { path: 'sources/a.json', key: 'k1', content: () => (reads++, '{"id": "a"}\n') };
    await writePages([], [data], options(sources(), true));
    const moved = `${dir}-moved`;
    renameSync(dir, moved);
    try {
      const run = await writePages([], [data], {
        ...options(sources(), true),
        generatedDir: join(moved, 'generated'),
        memoFile: join(moved, 'cache', 'pages.json'),
      });
      expect(run.changed).toEqual([]);
      expect(reads).toBe(1);
    } finally {
      renameSync(moved, dir);
    }
  });
});

describe('writePages validation', () => {
  it("checks the links of a page that is the generator's own: a dead one is reported", async () => {
    const report = await writePages([page('s-1')], [], options(sources('s-9'), false));
    expect(report.problems.map((p) => p.message)).toEqual([expect.stringContaining('links to sentence "#s-1"')]);
  });

  it("parses a page holding a contributor's text: a dead link they wrote is reported at its line", async () => {
    await writePages([page('s-1')], [], options(sources('s-1'), true));
    const before = readFileSync(file(), 'utf8');
    writeFileSync(file(), `${before}\nSee [this](/sources/a/#s-404).\n`);
    const line = before.split('\n').length + 1;
    for (const memo of [true, false]) {
      const report = await writePages([page('s-1')], [], options(sources('s-1'), memo));
      expect(report.problems).toEqual([
        expect.objectContaining({ line, message: expect.stringContaining('links to sentence "#s-404"') }),
      ]);
    }
  });
});
