import { describe, expect, it } from 'vitest';
import { formatAsOf, formatRange, reconcileMetric, summarizeMetric } from '../../src/lib/reconcile/figures.ts';
import { formatSupport, gradeSupport } from '../../src/lib/reconcile/independence.ts';
import type { Figure, Qualifier, Source } from '../../src/lib/schema/data.ts';
import { loadFixtures } from '../support/fixtures.ts';

interface Input {
  sources: Array<{ id: string; published: string | null; outlet?: string | null; text?: string }>;
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
  /** Distinct voices among the sources (outlets; wire copy once). */
  independent?: number;
  /** Sources whose own latest value differs from the latest dated report. */
  disagreeing?: string[];
  /** The one-line summary for the label "People killed". */
  summary?: string;
}

const toSource = (s: Input['sources'][number]): Source => ({
  title: null,
  url: null,
  authors: [],
  ...s,
  outlet: s.outlet ?? null,
  text: s.text ?? '',
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

  it('grades support by independent sources and names those that disagree with the latest report', () => {
    if (expected.independent !== undefined) expect(r?.support.independent).toBe(expected.independent);
    if (expected.disagreeing !== undefined)
      expect(r?.disagreeing.map((x) => x.source.id).sort()).toEqual([...expected.disagreeing].sort());
    if (expected.summary !== undefined) expect(r && summarizeMetric(r, 'People killed')).toBe(expected.summary);
  });
});

describe('formatAsOf', () => {
  it.each([
    ['2025-11-03', 'early November 2025'],
    ['2025-11-15', 'mid-November 2025'],
    ['2025-11-28', 'late November 2025'],
    ['2025-11', 'November 2025'],
    [null, 'an unknown date'],
  ])('says %s as %s', (iso, want) => {
    expect(formatAsOf(iso)).toBe(want);
  });
});

describe('reconcileMetric', () => {
  it('returns null when no source reports the metric', () => {
    expect(reconcileMetric('strikes', [], new Map())).toBeNull();
  });
});

describe('gradeSupport', () => {
  const src = (id: string, outlet: string | null, text = ''): Source => ({
    id,
    outlet,
    text,
    title: null,
    url: null,
    published: null,
    authors: [],
  });
  const sources = new Map(
    [
      src('a', 'Reuters', 'BOGOTA (Reuters) - Colombia said.'),
      src('b', 'Yahoo', 'BOGOTA (Reuters) - Colombia said.'),
      src('c', 'The Atlantic'),
      src('d', 'Atlantic'),
      src('e', null),
      src('f', null),
    ].map((s) => [s.id, s]),
  );
  it.each([
    [['a'], 'single source'],
    [['a', 'b'], '2 sources, one outlet'],
    [['c', 'd', 'a'], '3 sources, 2 independent'],
    [['e', 'f', 'c'], '3 sources'],
  ])('counts wire copy and one outlet once: %j → %s', (ids, want) => {
    expect(formatSupport(gradeSupport(ids, sources))).toBe(want);
  });
});
