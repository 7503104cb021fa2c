import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/lib/extract/clean.ts';
import { loadFixtures } from '../support/fixtures.ts';

interface Expected {
  paragraphs: string[];
  removedCount?: number;
}

describe('cleanArticle removes web chrome and keeps article lines untouched', () => {
  const cases = loadFixtures<Expected, { title?: string }>('clean');

  it.each(cases)('$name', ({ input, expected, options }) => {
    const result = cleanArticle(input, { title: options.title ?? null });
    expect(result.paragraphs).toEqual(expected.paragraphs);
    if (expected.removedCount !== undefined) expect(result.removed).toHaveLength(expected.removedCount);
  });

  it.each(cases)('keeps every paragraph of $name verbatim from the input', ({ input, options }) => {
    const lines = new Set(input.split(/\r\n|\r|\n/).map((l) => l.trim()));
    const result = cleanArticle(input, { title: options.title ?? null });
    for (const p of result.paragraphs) expect(lines.has(p)).toBe(true);
    // Every non-empty line is accounted for exactly once: kept or removed with a reason.
    const nonEmpty = [...input.split(/\r\n|\r|\n/)].filter((l) => l.trim()).length;
    expect(result.paragraphs.length + result.removed.length).toBe(nonEmpty);
    for (const r of result.removed) expect(r.reason).not.toBe('');
  });
});

describe('cleanArticle reports removed lines', () => {
  it('gives 1-based line numbers in the body, CRLF or not', () => {
    const body =
      'Nov. 15, 2025\r\n\r\nThe strikes began in September and have since expanded to the Pacific, officials said.\r\nShare this article\r\n';
    const { removed } = cleanArticle(body, {});
    expect(removed.map((r) => [r.line, r.reason])).toEqual([
      [1, 'dateline'],
      [4, 'furniture'],
    ]);
  });

  it('cuts everything after a comments header at the tail', () => {
    const body = [
      'The ministers met for three hours on Tuesday and agreed to keep talking about the strikes next week.',
      'Comments',
      'This is a reader comment that is long enough to look like a real paragraph of prose text.',
    ].join('\n');
    const { paragraphs, removed } = cleanArticle(body, {});
    expect(paragraphs).toHaveLength(1);
    expect(removed.map((r) => r.reason)).toEqual(['tail:comments', 'tail:comments']);
  });

  it('keeps a related header and article text that follows it when most of the article is still to come', () => {
    const para =
      'The defence minister said the navy would continue joint patrols but would no longer share targeting data with allies.';
    const body = [
      'A short opening line of the article that is a full sentence.',
      'Most Popular',
      para,
      para.replace('navy', 'air force'),
      para.replace('minister', 'secretary'),
    ].join('\n');
    const { paragraphs } = cleanArticle(body, {});
    expect(paragraphs).toHaveLength(4);
  });
});

describe('cleanArticle never throws', () => {
  it.each([
    ['empty input', ''],
    ['whitespace only', '  \n\t\n \r\n'],
    ['a single very long line', `${'word '.repeat(40_000)}end.`],
    ['a very long line of dots', '.'.repeat(100_000)],
    // Runs of spaces or punctuation inside a line made backtracking regexes quadratic (minutes).
    ['a long run of spaces inside a line', `a${' '.repeat(100_000)}b`],
    ['a long run of dots before a letter', `${'.'.repeat(100_000)}a`],
    ['control characters', '\u0000\u0001 text \u0002'],
  ])('on %s', (_name, body) => {
    expect(() => cleanArticle(body, {})).not.toThrow();
    expect(cleanArticle(body, { title: null }).removed.every((r) => r.line >= 1)).toBe(true);
  });

  it('returns no paragraphs for empty input', () => {
    expect(cleanArticle('', {})).toEqual({ paragraphs: [], removed: [] });
  });
});
