import { describe, expect, it } from 'vitest';
import { segmentArticle, sentenceTokens } from '../../src/lib/extract/segment.ts';
import { tokenize } from '../../src/lib/extract/tag.ts';
import { loadFixtures } from '../support/fixtures.ts';

describe.each(loadFixtures<{ sentences: string[] }>('segment'))('segmentArticle: $name', ({ input, expected }) => {
  it('splits the paragraph into the expected sentences', () => {
    const [para] = segmentArticle([input], null).paragraphs;
    expect(para?.sentences.map((s) => s.text)).toEqual(expected.sentences);
  });

  it('gives offsets that slice the paragraph back into each sentence', () => {
    const [para] = segmentArticle([input], null).paragraphs;
    for (const s of para?.sentences ?? []) expect(para?.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps for each sentence the tokens that tagging the sentence on its own gives', () => {
    const [para] = segmentArticle([input], null).paragraphs;
    for (const s of para?.sentences ?? []) expect(sentenceTokens(s)).toEqual(tokenize(s.text));
  });
});

describe('sentenceTokens', () => {
  it("hands out copies, so marking one caller's tokens does not change the next caller's", () => {
    const [sentence] = segmentArticle(['He said “no” to them.'], null).paragraphs[0]!.sentences;
    for (const t of sentenceTokens(sentence!)) t.quoted = true;
    expect(sentenceTokens(sentence!).some((t) => t.quoted)).toBe(false);
  });

  it('tags a sentence that did not come from segmentArticle (a doc read from the cache)', () => {
    const text = 'Colombia suspended intelligence sharing.';
    const tokens = sentenceTokens({ id: 's-x', text, start: 0, end: text.length });
    expect(tokens.map((t) => t.lemma)).toEqual(['colombia', 'suspend', 'intelligence', 'share', '.']);
  });
});

describe('segmentArticle ids', () => {
  it('derives sentence ids from their text, so inserting a paragraph does not move them', () => {
    const before = segmentArticle(['One sentence here. Another one.'], null);
    const after = segmentArticle(['A new first paragraph.', 'One sentence here. Another one.'], null);
    expect(after.paragraphs[1]?.sentences.map((s) => s.id)).toEqual(before.paragraphs[0]?.sentences.map((s) => s.id));
  });

  it('keeps ids unique when a sentence repeats', () => {
    const doc = segmentArticle(['Same words.', 'Same words.'], null);
    const ids = doc.paragraphs.flatMap((p) => p.sentences.map((s) => s.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('makes ids that are valid HTML ids and URL fragments', () => {
    const doc = segmentArticle(['Ünïcödé {text} <b>here</b>. “Quoted.”'], null);
    for (const s of doc.paragraphs.flatMap((p) => p.sentences)) expect(s.id).toMatch(/^s-[a-z0-9]+(-\d+)?$/);
  });
});
