import { describe, expect, it } from 'vitest';
import { findDates, pastWeekday, parseReference } from '../../src/lib/extract/dates.ts';
import { loadFixtures } from '../support/fixtures.ts';

type Expected = Array<Array<{ date: string; precision: 'day' | 'month'; text?: string; rule?: string }>>;

const cases = loadFixtures<Expected, { published: string | null }>('dates');

describe.each(cases)('findDates on $name', ({ input, expected, options }) => {
  const lines = input.split('\n').filter((l) => l.trim() !== '');

  it('has one expectation per sentence', () => {
    expect(lines).toHaveLength(expected.length);
  });

  it.each(lines.map((line, i) => ({ line, want: expected[i] ?? [] })))(
    'resolves the dates of "$line"',
    ({ line, want }) => {
      expect(findDates(line, options.published ?? null)).toMatchObject(want);
    },
  );
});

describe('findDates', () => {
  it('gives date words that are the exact text at their offsets', () => {
    const s = 'In late October, the navy said on Tuesday that it had acted on 12 November.';
    for (const d of findDates(s, '2025-11-15')) expect(s.slice(d.start, d.end)).toBe(d.text);
  });

  it('returns nothing rather than throwing on odd input', () => {
    expect(findDates('', '2025-11-15')).toEqual([]);
    expect(findDates('))) ,,, 99/99/9999 ###', null)).toEqual([]);
    expect(findDates(undefined as unknown as string, '2025-11-15')).toEqual([]);
  });

  it('gives the same result on every run', () => {
    const s = 'On Wednesday, he said in September that the strikes had begun on September 2.';
    expect(findDates(s, '2025-11-15')).toEqual(findDates(s, '2025-11-15'));
  });
});

describe('pastWeekday', () => {
  it('counts the reference day itself as the most recent such weekday', () => {
    expect(pastWeekday({ y: 2025, m: 11, d: 15 }, 6)).toEqual({ y: 2025, m: 11, d: 15 });
  });
  it('goes back a full week for "last" on the same weekday', () => {
    expect(pastWeekday({ y: 2025, m: 11, d: 15 }, 6, true)).toEqual({ y: 2025, m: 11, d: 8 });
  });
  it('crosses month and year boundaries', () => {
    expect(pastWeekday({ y: 2026, m: 1, d: 1 }, 1)).toEqual({ y: 2025, m: 12, d: 29 });
  });
});

describe('parseReference', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(parseReference('2025-11-15')).toEqual({ y: 2025, m: 11, d: 15 });
    expect(parseReference('2025-02-30')).toBeNull();
    expect(parseReference('Nov. 15, 2025')).toBeNull();
    expect(parseReference(null)).toBeNull();
  });
});
