import { describe, expect, it } from 'vitest';
import { projectTopic } from '../support/fixtures.ts';
import { segmentArticle } from '../../src/lib/extract/segment.ts';
import { extractQuotes } from '../../src/lib/extract/quotes.ts';
import { viewDocument } from '../../src/lib/extract/clauses.ts';
import { extractPositions } from '../../src/lib/extract/positions.ts';
import { foldKeepLength } from '../../src/lib/text/fold.ts';

// One paragraph of many sentences, each quoting a different speaker in words of its own, so every
// quotation can only be located at its own place: the shape that once made the holder view quadratic.
const speakers = ['Petro', 'Rubio'] as const;
function longParagraph(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++)
    parts.push(`${speakers[i % 2]} said “the strikes number ${i} were condemned by many people.”`);
  return parts.join(' ');
}

describe('extraction on a very long paragraph', () => {
  const topic = projectTopic();
  const text = longParagraph(600);
  const doc = segmentArticle([text], null);
  const quotes = extractQuotes(doc, topic);

  it('finds every quotation of a long paragraph with its own speaker', () => {
    expect(text.length).toBeGreaterThan(40_000);
    expect(quotes).toHaveLength(600);
    quotes.forEach((q, i) => {
      expect(q.text).toBe(`the strikes number ${i} were condemned by many people.`);
      expect(q.speakerId).toBe(i % 2 === 0 ? 'gustavo-petro' : 'marco-rubio');
    });
  });

  it('gives each quotation span in the holder view the speaker of the quote found at that place', () => {
    const dv = viewDocument(doc, topic, quotes);
    const spans = dv.sentences.flatMap((s) => s.quotes.map((q) => q.span));
    const unique = [...new Set(spans)];
    expect(unique).toHaveLength(600);
    unique.forEach((span, i) => {
      expect(span.speakerId).toBe(i % 2 === 0 ? 'gustavo-petro' : 'marco-rubio');
      expect(span.rule).toBe(`quote:${quotes[i]!.rule}`);
    });
  });

  it('gives the same positions for a long paragraph as for the same sentences split into paragraphs', () => {
    const split = segmentArticle(longParagraph(60).split(/(?<=”) /u), null);
    const whole = segmentArticle([longParagraph(60)], null);
    const stances = (d: typeof doc) =>
      extractPositions(d, topic, extractQuotes(d, topic))
        .map((p) => `${p.actorId}:${[...p.stances].sort().join(',')}`)
        .sort();
    expect(stances(whole)).toEqual(stances(split));
    expect(stances(whole).length).toBeGreaterThan(0);
  });
});

describe('foldKeepLength on long text', () => {
  it('keeps the length and folds accents and curly quotes at every repetition', () => {
    const unit = 'Jean-Noël Barrot said “no” — Türk’s 🙂 view; ';
    const long = unit.repeat(5000);
    const folded = foldKeepLength(long);
    expect(folded).toHaveLength(long.length);
    expect(folded).toBe('Jean-Noel Barrot said "no" — Turk\'s 🙂 view; '.repeat(5000));
  });
});
