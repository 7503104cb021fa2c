import { describe, expect, it } from 'vitest';
import { extractEvents, summarize } from '../../src/lib/extract/events.ts';
import type { EventFinding } from '../../src/lib/schema/data.ts';
import { docFromFixture, loadFixtures, projectTopic } from '../support/fixtures.ts';

const cases = loadFixtures<Array<Partial<EventFinding>>, { published: string | null }>('events');
const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

describe.each(cases)('extractEvents on $name', ({ input, expected, options }) => {
  const doc = docFromFixture(input, options.published ?? null);
  const events = extractEvents(doc, projectTopic());
  const sentences = new Map(doc.paragraphs.flatMap((p) => p.sentences).map((s) => [s.id, s.text]));

  it('finds the dated events with their dates and precision', () => {
    expect(events).toMatchObject(expected);
  });

  it('points every event at a sentence that holds its date words', () => {
    for (const e of events) expect(sentences.get(e.sentence)).toContain(e.dateText);
  });

  it('writes one-line summaries under 160 characters made only of the sentence words', () => {
    for (const e of events) {
      expect(e.summary.length).toBeLessThanOrEqual(160);
      expect(e.summary).not.toMatch(/\n/);
      const source = new Set(words(sentences.get(e.sentence) ?? ''));
      for (const w of words(e.summary)) expect(source.has(w)).toBe(true);
    }
  });
});

describe('summarize', () => {
  it('drops a relative-clause aside that does not hold the date', () => {
    const s =
      'Colombian President Gustavo Petro, who until recently had been the closest U.S. antidrug partner in the region, said on Tuesday that he was ordering security forces to stop sharing intelligence.';
    const at = s.indexOf('on Tuesday');
    expect(summarize(s, { start: at, end: at + 10 })).toBe(
      'Colombian President Gustavo Petro said on Tuesday that he was ordering security forces to stop sharing intelligence.',
    );
  });

  it('drops trailing attribution after the date', () => {
    const s = 'The navy seized 2.8 tons of cocaine in late October, according to officials in Bogota.';
    const at = s.indexOf('in late October');
    expect(summarize(s, { start: at, end: at + 15 })).toBe('The navy seized 2.8 tons of cocaine in late October');
  });

  it('keeps the clause with the date from a long sentence and marks a cut quotation', () => {
    const s =
      '“There are two legal bases for the use of force, one is self-defense and the other one is a resolution of the Security Council, and neither applies to these strikes on small boats,” she said this week.';
    const at = s.indexOf('this week');
    const out = summarize(s, { start: at, end: at + 9 });
    expect(out.length).toBeLessThanOrEqual(160);
    expect(out).toContain('she said this week');
    expect(out.startsWith('“')).toBe(true);
  });

  it('does not throw on an empty article', () => {
    expect(extractEvents({ published: null, paragraphs: [] }, projectTopic())).toEqual([]);
  });
});
