import { describe, expect, it } from 'vitest';
import { docFromFixture, loadFixtures, projectTopic } from '../support/fixtures.ts';
import { extractQuotedWords } from '../../src/lib/extract/quoted-words.ts';
import { withArticleOfficials } from '../../src/lib/extract/officials.ts';

interface Expected {
  /** Every quoted word or words with a speaker, in text order. */
  words: Array<{ speaker: string; speakerId: string | null; text: string; phrase: string }>;
}

const cases = loadFixtures<Expected>('quoted-words');

describe.each(cases.map((c) => [c.name, c] as const))('extractQuotedWords: %s', (_name, c) => {
  const doc = docFromFixture(c.input);
  const found = extractQuotedWords(doc, withArticleOfficials(doc, projectTopic()));

  it('emits only short quotations a speech or labelling verb ties to a speaker, with that speaker', () => {
    expect(found.map(({ speaker, speakerId, text, phrase }) => ({ speaker, speakerId, text, phrase }))).toEqual(
      c.expected.words,
    );
  });

  it('anchors each one to the sentence holding it and names its rule', () => {
    const sentences = doc.paragraphs.flatMap((p) => p.sentences);
    for (const w of found) {
      const sentence = sentences.find((s) => s.id === w.sentence);
      expect(sentence?.text).toContain(w.text);
      expect(w.context).toContain(w.phrase);
      expect(w.rule).toMatch(/^(?:before:(?:as|called)|after):/);
    }
  });
});
