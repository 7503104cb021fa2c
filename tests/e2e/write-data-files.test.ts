/**
 * writeDataFiles with its memo: the published data files hold exactly what serialising every
 * article's records gives, and after a change only the files an article's changed records are in
 * are rewritten; a file removed or edited by hand is written again.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDataFiles } from '../../src/lib/generate/data-files.ts';
import type { ArticleData } from '../../src/lib/pipeline.ts';
import { writeDataFiles } from '../../scripts/support/write-data-files.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'write-data-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// The records the data files hold; the rest of ArticleData is not read.
const article = (id: string, quote: string): ArticleData =>
  ({
    source: {
      id,
      title: `Title ${id}`,
      outlet: 'Outlet',
      url: null,
      published: '2025-10-01',
      authors: [],
      text: `Text of ${id}.`,
    },
    quotes: [
      { id: `${id}-q1`, source: id, speaker: 'Someone', speakerId: null, text: quote, partial: false, sentence: 's-1' },
    ],
    quotedWords: [],
    figures: [],
    positions: [],
    events: [],
    arguments: [],
  }) as unknown as ArticleData;

const data = join('data');
const keysOf = (articles: ArticleData[], version: string) =>
  new Map(articles.map((a) => [a.source.id, `${a.source.id}-${version}`]));
const run = (articles: ArticleData[], version: string) =>
  writeDataFiles(articles, join(dir, data), keysOf(articles, version), join(dir, 'memo.json')).map((f) =>
    f.slice(dir.length + 1),
  );
const onDisk = (name: string) => readFileSync(join(dir, data, name), 'utf8');

describe('writeDataFiles', () => {
  it('writes every file on a first run, byte for byte what serialising all records at once gives', () => {
    const articles = [article('a', 'One.'), article('b', 'Two.')];
    expect(run(articles, '1').sort()).toEqual(
      Object.keys(buildDataFiles(articles))
        .map((n) => join(data, n))
        .sort(),
    );
    for (const [name, text] of Object.entries(buildDataFiles(articles))) expect(onDisk(name)).toBe(text);
  });

  it('rewrites only the files whose records changed, and nothing when nothing did', () => {
    run([article('a', 'One.'), article('b', 'Two.')], '1');
    expect(run([article('a', 'One.'), article('b', 'Two.')], '1')).toEqual([]);
    const changed = [article('a', 'One.'), article('b', 'Two, again.')];
    expect(run(changed, '2')).toEqual([join(data, 'quotes.json')]);
    expect(onDisk('quotes.json')).toBe(buildDataFiles(changed)['quotes.json']);
  });

  it('writes again a file removed or edited by hand since, though its records are unchanged', () => {
    const articles = [article('a', 'One.')];
    run(articles, '1');
    rmSync(join(dir, data, 'sources.json'));
    writeFileSync(join(dir, data, 'quotes.json'), '[]\n');
    expect(run(articles, '1').sort()).toEqual([join(data, 'quotes.json'), join(data, 'sources.json')]);
    expect(onDisk('quotes.json')).toBe(buildDataFiles(articles)['quotes.json']);
    expect(run(articles, '1')).toEqual([]);
  });
});
