import { describe, expect, it } from 'vitest';
import { docFromFixture, loadFixtures, projectTopic } from '../support/fixtures.ts';
import { segmentArticle } from '../../src/lib/extract/segment.ts';
import { extractPositions } from '../../src/lib/extract/positions.ts';
import { compileCue, findCues } from '../../src/lib/extract/clauses.ts';
import { tokenize } from '../../src/lib/extract/tag.ts';
import type { QuoteFinding } from '../../src/lib/schema/data.ts';

interface Expected {
  /** Every actor with a stance, and exactly its stances (order free). */
  positions: Array<{ actorId: string; stances: string[] }>;
}
interface Options {
  published?: string;
  quotes?: QuoteFinding[];
}

const cases = loadFixtures<Expected, Options>('positions');

describe('extractPositions', () => {
  it.each(cases.map((c) => [c.name, c] as const))(
    'gives each actor only the stances it holds as subject or speaker: %s',
    (_name, c) => {
      const doc = docFromFixture(c.input, c.options.published ?? null);
      const found = extractPositions(doc, projectTopic(), c.options.quotes ?? []);
      const got = found
        .map((p) => ({ actorId: p.actorId, stances: [...p.stances].sort() }))
        .sort((a, b) => a.actorId.localeCompare(b.actorId));
      const want = c.expected.positions
        .map((p) => ({ actorId: p.actorId, stances: [...p.stances].sort() }))
        .sort((a, b) => a.actorId.localeCompare(b.actorId));
      expect(got).toEqual(want);
      // Every stance has evidence: an exact sentence of the article, its anchor id and a rule.
      const sentences = new Map(doc.paragraphs.flatMap((p) => p.sentences).map((s) => [s.id, s.text]));
      for (const p of found) {
        expect(new Set(p.evidence.map((e) => e.stance))).toEqual(new Set(p.stances));
        for (const e of p.evidence) {
          expect(sentences.get(e.sentence)).toBe(e.text);
          expect(e.rule).not.toBe('');
        }
      }
    },
  );

  it('records a person under the country they speak for, naming the person in the rule', () => {
    const doc = segmentArticle(
      ['Colombian President Gustavo Petro ordered the military to stop sharing intelligence with the U.S.'],
      null,
    );
    const [finding] = extractPositions(doc, projectTopic(), []);
    expect(finding).toMatchObject({
      actor: 'Colombia',
      actorId: 'colombia',
      stances: ['suspends_intelligence_sharing'],
    });
    expect(finding?.evidence[0]?.rule).toContain('gustavo-petro');
  });
});

describe('cue phrases', () => {
  const matches = (phrase: string, text: string): string[] =>
    findCues(tokenize(text), [{ key: phrase, cue: compileCue(phrase) }]).map((m) => m.cue.phrase);

  it('matches a cue word in any inflection', () => {
    expect(matches('suspend intelligence', 'Britain suspended intelligence sharing.')).toHaveLength(1);
    expect(matches('suspend intelligence', 'Britain suspends intelligence sharing.')).toHaveLength(1);
  });

  it('lets "…" skip up to three words but not a comma', () => {
    expect(matches('suspend … intelligence', 'It suspended all of its intelligence sharing.')).toHaveLength(1);
    expect(matches('suspend … intelligence', 'It suspended aid, intelligence and training.')).toHaveLength(0);
  });

  it('lets "!word" exclude the next word', () => {
    expect(matches('decline !to', 'Ottawa declined to comment.')).toHaveLength(0);
    expect(matches('decline !to', 'Ottawa declined the offer.')).toHaveLength(1);
  });

  it('keeps the longer of two overlapping cues', () => {
    const cues = [
      { key: 'short', cue: compileCue('international law') },
      { key: 'long', cue: compileCue('violation of international law') },
    ];
    const found = findCues(tokenize('It is a violation of international law.'), cues);
    expect(found.map((m) => m.key)).toEqual(['long']);
  });
});
