import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/lib/extract/figures.ts';
import { segmentArticle } from '../../src/lib/extract/segment.ts';
import { docFromFixture, loadFixtures, projectTopic } from '../support/fixtures.ts';

interface Expected {
  /** A topic metric id, or "other:" for any `other:<slug>` metric (slugs are free text). */
  metric: string;
  value: number;
  qualifier: string;
  unit: string;
}

const cases = loadFixtures<Expected[], { published?: string }>('figures');

function extract(input: string, published: string | null) {
  return extractFigures(docFromFixture(input, published), projectTopic());
}

describe('extractFigures', () => {
  it.each(cases)('extracts the figures in $name', ({ input, expected, options }) => {
    const found = extract(input, options.published ?? null).map(({ metric, value, qualifier, unit }) => ({
      metric: metric.startsWith('other:') && expected.some((e) => e.metric === 'other:') ? 'other:' : metric,
      value,
      qualifier,
      unit,
    }));
    expect(found).toEqual(expected);
  });

  it('copies a short snippet from the sentence and names the rule', () => {
    const input =
      'Veterans warn that the effort, including 21 missile strikes, which have killed more than 80 people, will fail.';
    const doc = segmentArticle([input], null);
    const figures = extractFigures(doc, projectTopic());
    const toll = figures.find((f) => f.metric === 'people_killed');
    expect(toll).toMatchObject({
      value: 80,
      qualifier: 'more than',
      rule: 'noun+cue',
      sentence: doc.paragraphs[0]?.sentences[0]?.id,
    });
    expect(input).toContain(toll?.text);
    expect(toll?.text).toContain('killed more than 80 people');
    expect(toll?.text.length).toBeLessThanOrEqual(120);
    for (const f of figures) expect(f.rule).toMatch(/\S/);
  });

  it('names other quantities after the noun that follows the number', () => {
    const [f] = extract('The Colombian navy interdicted 2.8 tons of cocaine in late October.', null);
    expect(f).toMatchObject({ metric: 'other:tons-of-cocaine', unit: 'tons', value: 2.8 });
  });
});
