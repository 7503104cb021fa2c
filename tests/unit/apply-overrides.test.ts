import { describe, expect, it } from 'vitest';
import { correctFigures, correctPositions, correctQuotes } from '../../src/lib/apply-overrides.ts';
import type { FigureFinding, PositionFinding, QuoteFinding } from '../../src/lib/schema/data.ts';
import type { Overrides } from '../../src/lib/schema/overrides.ts';
import { docFromFixture, projectTopic } from '../support/fixtures.ts';

const topic = projectTopic();
const none: Overrides = { quotes: [], figures: [], positions: [] };
const quote = (sentence: string, text: string, speakerId: string | null): QuoteFinding => ({
  speaker: speakerId,
  speakerId,
  text,
  partial: false,
  sentence,
  rule: 'test',
});

describe('correctQuotes', () => {
  const quotes = [quote('s-1', 'first words here', 'marco-rubio'), quote('s-1', 'second words here', 'marco-rubio')];

  it('gives the quote the actor’s name and id, only in the named source, and records the entry as used', () => {
    const overrides = {
      ...none,
      quotes: [{ match: { source: 'a', sentence: 's-1', text: 'SECOND' }, speaker: 'kaja-kallas' }],
    };
    const fixed = correctQuotes(quotes, 'a', overrides, topic);
    expect(fixed.items.map((q) => q.speakerId)).toEqual(['marco-rubio', 'kaja-kallas']);
    expect(fixed.items[1]).toMatchObject({ speaker: 'Kaja Kallas', rule: 'override' });
    expect(fixed.used).toEqual(['quotes[0]']);
    expect(correctQuotes(quotes, 'b', overrides, topic)).toEqual({ items: quotes, used: [] });
  });

  it('sets a free-text speaker without an actor id, or removes the quote', () => {
    const named = correctQuotes(
      quotes,
      'a',
      { ...none, quotes: [{ match: { source: 'a', sentence: 's-1', text: 'first' }, speakerName: 'Jane Doe' }] },
      topic,
    );
    expect(named.items[0]).toMatchObject({ speaker: 'Jane Doe', speakerId: null });
    const removed = correctQuotes(
      quotes,
      'a',
      { ...none, quotes: [{ match: { source: 'a', sentence: 's-1' }, remove: true }] },
      topic,
    );
    expect(removed.items).toEqual([]);
  });
});

describe('correctFigures', () => {
  const figure = (metric: string, value: number): FigureFinding => ({
    metric,
    value,
    qualifier: 'exact',
    unit: 'people',
    text: 't',
    sentence: 's-9',
    rule: 'test',
  });
  it('changes only the figure the match names', () => {
    const figures = [figure('people_killed', 79), figure('strikes', 20)];
    const fixed = correctFigures(figures, 'a', {
      ...none,
      figures: [{ match: { source: 'a', sentence: 's-9', value: 79 }, value: 80, qualifier: 'at least' }],
    });
    expect(fixed.items.map((f) => [f.metric, f.value, f.qualifier])).toEqual([
      ['people_killed', 80, 'at least'],
      ['strikes', 20, 'exact'],
    ]);
  });
  it('uses nothing when no figure matches', () => {
    expect(
      correctFigures([figure('strikes', 1)], 'a', {
        ...none,
        figures: [{ match: { source: 'a', sentence: 's-0' }, remove: true }],
      }).used,
    ).toEqual([]);
  });
});

describe('correctPositions', () => {
  const doc = docFromFixture('Colombia will keep working with the United States. Colombia condemned the strikes.');
  const [first, second] = doc.paragraphs[0]?.sentences ?? [];
  const positions: PositionFinding[] = [
    {
      actor: 'Colombia',
      actorId: 'colombia',
      stances: ['condemns_strikes'],
      evidence: [{ stance: 'condemns_strikes', sentence: second?.id ?? '', text: second?.text ?? '', rule: 'test' }],
    },
  ];
  it('removes a stance, adds one with its sentence as evidence, and drops a position left empty', () => {
    const fixed = correctPositions(
      positions,
      'a',
      {
        ...none,
        positions: [
          {
            match: { source: 'a', actor: 'colombia' },
            removeStances: ['condemns_strikes'],
            addStances: [{ stance: 'continues_cooperation', sentence: first?.id ?? '' }],
          },
          { match: { source: 'a', actor: 'mexico' }, removeStances: ['condemns_strikes'] },
        ],
      },
      topic,
      doc,
    );
    expect(fixed.items).toEqual([
      {
        actor: 'Colombia',
        actorId: 'colombia',
        stances: ['continues_cooperation'],
        evidence: [{ stance: 'continues_cooperation', sentence: first?.id, text: first?.text, rule: 'override' }],
      },
    ]);
    expect(fixed.used).toEqual(['positions[0]']);
  });
});
