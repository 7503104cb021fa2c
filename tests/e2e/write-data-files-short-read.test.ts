/**
 * writeDataFiles when a file it copies unchanged parts from turns out shorter than its memo says
 * (another process cut it between the check and the reads): the parts it could not read are made
 * again, and the file still holds exactly what serialising every article's records gives.
 */
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDataFiles } from '../../src/lib/generate/data-files.ts';
import { dataArticle } from '../support/data-article.ts';
import { writeDataFiles } from '../../scripts/support/write-data-files.ts';

// A race cannot be staged from a test without a stand-in for the reads: while `cut` is set,
// every positional read finds the end of the file, as it would after the file was truncated.
const reads = vi.hoisted(() => ({ cut: false, count: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const readSync = ((...args: Parameters<typeof real.readSync>) => {
    if (!reads.cut) return real.readSync(...args);
    reads.count++;
    return 0;
  }) as typeof real.readSync;
  return { ...real, default: { ...real, readSync }, readSync };
});

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(join(tmpdir(), 'write-data-files-short-'));
  reads.cut = false;
  reads.count = 0;
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const article = dataArticle;

describe('writeDataFiles, a file cut short while read', () => {
  it('makes the parts it could not read again, so the file is what serialising everything gives', () => {
    const out = join(dir, 'data');
    const memo = join(dir, 'memo.json');
    const before = [article('a', 'One.'), article('b', 'Two.'), article('c', 'Three.')];
    writeDataFiles(before, out, new Map(before.map((x) => [x.source.id, `${x.source.id}-1`])), memo);
    const after = [before[0]!, article('b', 'Two, edited.'), before[2]!];
    const keys = new Map(after.map((x) => [x.source.id, x.source.id === 'b' ? 'b-2' : `${x.source.id}-1`]));
    reads.cut = true;
    const changed = writeDataFiles(after, out, keys, memo);
    reads.cut = false;
    // The copy was tried (reads came back empty), and the files changed are written all the same.
    expect(reads.count).toBeGreaterThan(0);
    expect(changed.length).toBeGreaterThan(0);
    for (const [name, text] of Object.entries(buildDataFiles(after)))
      expect(fs.readFileSync(join(out, name), 'utf8')).toBe(text);
  });
});
