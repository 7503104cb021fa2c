import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/lib/extract/quotes.ts';
import { findQuoteSpans, maskQuotes } from '../../src/lib/extract/quote-spans.ts';
import { findActorMentions } from '../../src/lib/extract/actors.ts';
import type { QuoteFinding } from '../../src/lib/schema/data.ts';
import { docFromFixture, loadFixtures, projectTopic } from '../support/fixtures.ts';

type Expected = Array<Pick<QuoteFinding, 'speaker' | 'text' | 'partial'>>;
const cases = loadFixtures<Expected>('quotes');
const topic = projectTopic();

describe.each(cases)('extractQuotes on $name', ({ input, expected }) => {
  const doc = docFromFixture(input);
  const quotes = extractQuotes(doc, topic);
  const sentences = new Map(doc.paragraphs.flatMap((p) => p.sentences).map((s) => [s.id, s.text]));

  it('finds each quotation with its speaker and partial flag', () => {
    expect(quotes.map(({ speaker, text, partial }) => ({ speaker, text, partial }))).toEqual(expected);
  });

  it('anchors each quote on the sentence where it starts and names the rule', () => {
    for (const q of quotes) {
      const first = q.text.split(/\s+/).slice(0, 3).join(' ');
      expect(sentences.get(q.sentence)).toContain(first);
      expect(q.rule).toMatch(/^[a-z]/);
    }
  });

  it('gives a topic actor id exactly when the speaker is that actor or one of its institutions', () => {
    for (const q of quotes) {
      const actor = topic.actors.find((a) => a.name === q.speaker);
      if (actor || !q.speakerId) expect(q.speakerId).toBe(actor?.id ?? null);
      // "the Venezuelan foreign ministry" speaks for Venezuela and is named as the article names it.
      else expect(findActorMentions(q.speaker ?? '', topic).map((m) => m.actorId)).toContain(q.speakerId);
    }
  });
});

describe('findQuoteSpans', () => {
  it('does not close a single-quoted span at an apostrophe or a plural possessive', () => {
    const [span] = findQuoteSpans(['‘It’s the Americans’ call, not ours, since the ’90s,’ she said.']);
    expect(span?.text).toBe('It’s the Americans’ call, not ours, since the ’90s,');
  });

  it('keeps a quotation nested in another inside the outer one', () => {
    const spans = findQuoteSpans(['“I told him: ‘Thank you, but no,’ and left,” she said.']);
    expect(spans.map((s) => s.text)).toEqual(['I told him: ‘Thank you, but no,’ and left,']);
  });

  it('joins a quotation that runs on after a paragraph break that reopens it', () => {
    const spans = findQuoteSpans(['“First part of the remarks.', '“Second part,” he said.']);
    expect(spans.map((s) => s.text)).toEqual(['First part of the remarks.\n\nSecond part,']);
  });

  it('ignores inch marks and apostrophes in straight quotes', () => {
    expect(findQuoteSpans(["The 6'2\" officer said it's fine and the boats' crews left."])).toEqual([]);
  });
});

describe('maskQuotes', () => {
  it('blanks the inside of every quotation, marks kept, across paragraphs and unclosed quotes', () => {
    const paragraphs = [
      'Petro said “this is murder” on X and called it “a crime”.',
      'She wrote: “It began here',
      'and ended here,” she said.',
      'Trump said “never',
    ];
    const masked = maskQuotes(paragraphs, findQuoteSpans(paragraphs));
    expect(masked).toEqual([
      `Petro said “${' '.repeat(14)}” on X and called it “${' '.repeat(7)}”.`,
      `She wrote: “${' '.repeat(13)}`,
      `${' '.repeat(15)}” she said.`,
      `Trump said “${' '.repeat(5)}`,
    ]);
  });

  it('returns a paragraph without quotations unchanged, and ignores pieces outside the paragraphs', () => {
    const paragraphs = ['No quotes here.'];
    const stray = {
      startPara: 3,
      open: 0,
      endPara: 3,
      close: 4,
      closed: true,
      text: 'x',
      kind: 'curly-double' as const,
    };
    expect(maskQuotes(paragraphs, [{ ...stray, pieces: [{ para: 3, start: 0, end: 4 }] }])).toEqual(paragraphs);
    expect(
      maskQuotes(paragraphs, [{ ...stray, startPara: 0, endPara: 0, pieces: [{ para: 0, start: 9, end: 40 }] }]),
    ).toEqual(['No quotes      ']);
  });
});
