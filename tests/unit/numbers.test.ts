import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNumbers, isQuantity, parseNumberExpression } from '../../src/lib/extract/numbers.ts';

interface Case {
  name: string;
  input: string;
  /** The quantities (count, percent, money, share) found, in order. */
  expected: Array<{ value: number; kind: string; unit: string | null; qualifier: string }>;
  /** When given, the kinds of every mention, quantities or not, in order. */
  kinds?: string[];
}

const cases = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'numbers', 'cases.json'), 'utf8'),
) as Case[];

describe('findNumbers', () => {
  it.each(cases)('reads $name', ({ input, expected, kinds }) => {
    const found = findNumbers(input);
    const quantities = found
      .filter(isQuantity)
      .map(({ value, kind, unit, qualifier }) => ({ value, kind, unit, qualifier }));
    expect(quantities).toEqual(expected);
    if (kinds) expect(found.map((m) => m.kind)).toEqual(kinds);
  });

  it('returns spans that copy the text exactly, qualifier included', () => {
    const text = 'The campaign has killed at least 79 suspected smugglers.';
    const [m] = findNumbers(text);
    expect(m?.text).toBe('at least 79');
    expect(text.slice(m?.start, m?.end)).toBe('at least 79');
    expect(text.slice(m?.numberStart, m?.end)).toBe('79');
  });
});

describe('parseNumberExpression', () => {
  it('parses the first quantity and skips a leading date', () => {
    expect(parseNumberExpression('On Nov. 15, nearly two dozen strikes')).toMatchObject({
      value: 24,
      qualifier: 'nearly',
      written: true,
    });
  });
  it('returns null when there is no quantity', () => {
    expect(parseNumberExpression('the Group of Seven met in 2025')).toBeNull();
  });
});
