/** pruneCache: bounds a content-addressed cache folder without touching what a run uses or may be reading. */
import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pruneCache } from '../../scripts/support/prune-cache.ts';

const NOW = Date.parse('2026-11-21T12:00:00Z');
const HOUR = 3600_000;
const key = (n: number) => n.toString(16).padStart(64, '0');
let dir: string;

/** Writes entry `n` (a summary and a doc) last modified `ageMs` before NOW. */
function entry(n: number, ageMs: number): void {
  for (const suffix of ['.json', '.doc.json']) {
    const file = join(dir, `${key(n)}${suffix}`);
    writeFileSync(file, '{}');
    utimesSync(file, (NOW - ageMs) / 1000, (NOW - ageMs) / 1000);
  }
}
const keysLeft = () => new Set(readdirSync(dir).map((f) => f.split('.')[0]));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sourcebook-prune-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('pruneCache', () => {
  it('keeps the used entries and as many of the newest unused ones, and removes the older unused ones', () => {
    for (const n of [1, 2, 3]) entry(n, 100 * HOUR);
    // Unused: 10 is the newest, 14 the oldest.
    for (const n of [10, 11, 12, 13, 14]) entry(n, (n - 9) * HOUR);
    const removed = pruneCache(dir, new Set([key(1), key(2), key(3)]), NOW);
    expect(removed).toBe(2);
    expect(keysLeft()).toEqual(new Set([1, 2, 3, 10, 11, 12].map(key)));
  });

  it('removes nothing while the unused entries are no more than the used ones', () => {
    for (const n of [1, 2]) entry(n, HOUR);
    for (const n of [10, 11]) entry(n, 50 * HOUR);
    expect(pruneCache(dir, new Set([key(1), key(2)]), NOW)).toBe(0);
    expect(keysLeft().size).toBe(4);
  });

  it('never removes an entry written in the last minutes, which another run may be reading', () => {
    entry(1, HOUR);
    for (const n of [10, 11, 12]) entry(n, 60_000);
    expect(pruneCache(dir, new Set([key(1)]), NOW)).toBe(0);
    expect(keysLeft().size).toBe(4);
  });

  it('removes an entry’s files together and leaves files that are not entries alone', () => {
    entry(1, HOUR);
    for (const n of [10, 11]) entry(n, 50 * HOUR);
    writeFileSync(join(dir, 'README'), 'not an entry');
    writeFileSync(join(dir, `${key(12)}.json.1234.tmp`), 'a write in progress');
    pruneCache(dir, new Set([key(1)]), NOW);
    expect(existsSync(join(dir, `${key(11)}.json`))).toBe(false);
    expect(existsSync(join(dir, `${key(11)}.doc.json`))).toBe(false);
    expect(existsSync(join(dir, 'README'))).toBe(true);
    expect(existsSync(join(dir, `${key(12)}.json.1234.tmp`))).toBe(true);
  });

  it('does nothing when the folder does not exist yet', () => {
    expect(pruneCache(join(dir, 'missing'), new Set(), NOW)).toBe(0);
  });
});
