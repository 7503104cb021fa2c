import { describe, expect, it } from 'vitest';
import { serializePage } from '../../src/lib/generate/serialize.ts';
import { buildPages } from '../../src/lib/generate/site.ts';
import { buildSiteModel } from '../../src/lib/generate/site-model.ts';
import { buildSearchRecords } from '../../src/lib/search/records.ts';
import { docFromFixture, loadFixtures, projectArticles, projectTopic } from '../support/fixtures.ts';
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

describe('quoted words of the project articles', () => {
  const topic = projectTopic();
  const articles = projectArticles();
  const words = articles.flatMap((a) => a.quotedWords);
  const model = buildSiteModel(articles, topic);

  it('become quote search records filed under their speaker, holding the whole sentence', () => {
    expect(words.length).toBeGreaterThan(0);
    const records = buildSearchRecords(topic, {
      sources: [...model.sources.values()],
      quotes: [],
      quotedWords: words,
      figures: [],
    });
    expect(records).toHaveLength(words.length);
    words.forEach((w, i) => {
      const rec = records[i]!;
      expect(rec.url).toBe(`/sources/${w.source}/#${w.sentence}`);
      expect(rec.filters['type']).toEqual(['quote']);
      if (w.speakerId) expect(rec.filters['actor']).toContain(topic.actors.find((a) => a.id === w.speakerId)!.name);
      expect(rec.content).toContain(w.text);
      expect(rec.content).toContain(w.context.replace(/\s+/g, ' '));
    });
  });

  it('are listed "In a word" on the quotes page and on their speaker’s actor page, linked to their sentence', () => {
    const pages = new Map(buildPages(articles, topic).map((pg) => [pg.path, serializePage(pg)]));
    for (const w of words) {
      const link = `(/sources/${w.source}/#${w.sentence})`;
      for (const path of ['quotes', ...(w.speakerId ? [`actors/${w.speakerId}`] : [])]) {
        const page = pages.get(path)!;
        expect(page, path).toContain('## In a word');
        expect(page.slice(page.indexOf('## In a word')), path).toContain(link);
      }
    }
  });
});
