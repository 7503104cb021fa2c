import { describe, expect, it } from 'vitest';
import { formatRange, reconcileMetric } from '../../src/lib/reconcile/figures.ts';
import type { Figure, Qualifier, Source } from '../../src/lib/schema/data.ts';
import { loadFixtures } from '../support/fixtures.ts';

interface Input {
  sources: Array<{ id: string; published: string | null }>;
  figures: Array<{ source: string; value: number; qualifier: Qualifier }>;
}
interface Expected {
  min: number;
  max: number;
  range: string;
  asOf: string | null;
  latestSource?: string | null;
  sourceCount: number;
  conflicts: number;
  reports?: number;
}

const toSource = (s: Input['sources'][number]): Source => ({
  ...s,
  title: null,
  outlet: null,
  url: null,
  authors: [],
  text: '',
});
const toFigure = (f: Input['figures'][number], i: number): Figure => ({
  ...f,
  id: `f${i}`,
  metric: 'people_killed',
  unit: 'people',
  text: '',
  sentence: `s-${i}`,
  rule: 'fixture',
});

describe.each(loadFixtures<Expected>('reconcile'))('reconcileMetric: $name', ({ input, expected }) => {
  const data = JSON.parse(input) as Input;
  const r = reconcileMetric(
    'people_killed',
    data.figures.map(toFigure),
    new Map(data.sources.map((s) => [s.id, toSource(s)])),
  );

  it('gives the range across sources and the latest dated report', () => {
    expect(r).not.toBeNull();
    expect({ min: r?.min, max: r?.max, asOf: r?.asOf, sourceCount: r?.sourceCount }).toEqual({
      min: expected.min,
      max: expected.max,
      asOf: expected.asOf,
      sourceCount: expected.sourceCount,
    });
    if (expected.latestSource !== undefined) expect(r?.latest?.source.id ?? null).toBe(expected.latestSource);
    if (expected.reports !== undefined) expect(r?.reports).toHaveLength(expected.reports);
  });

  it('formats the range with an open end when the largest value is a minimum', () => {
    expect(r && formatRange(r)).toBe(expected.range);
  });

  it('flags sources that disagree on the same date', () => {
    expect(r?.conflicts).toHaveLength(expected.conflicts);
  });
});

describe('reconcileMetric', () => {
  it('returns null when no source reports the metric', () => {
    expect(reconcileMetric('strikes', [], new Map())).toBeNull();
  });
});
