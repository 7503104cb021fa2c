import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { synthesizeArticle } from '../../src/lib/bench/synthetic-corpus.ts';
import { buildSourcePageData } from '../../src/lib/generate/pages/sources.ts';
import { buildSiteModel } from '../../src/lib/generate/site-model.ts';
import { sourcePageText } from '../../src/lib/generate/source-page-text.ts';
import { processArticle } from '../../src/lib/pipeline.ts';
import { readMaterial } from '../../scripts/bench/corpus.ts';
import { projectArticles, projectTopic } from '../support/fixtures.ts';

const topic = projectTopic();
const material = readMaterial(join(import.meta.dirname, '..', '..', 'content'));
// The bundled articles and synthetic ones mixing their sentences (other speakers, other actors).
const articles = [
  ...projectArticles(),
  ...Array.from({ length: 12 }, (_, i) => processArticle(synthesizeArticle(material, 3, i), topic)),
];
const model = buildSiteModel(articles, topic);

describe('sourcePageText', () => {
  it.each(articles.map((art) => [art.source.id, art] as const))(
    'builds the same page for %s from its article alone as from the whole site model',
    (_, art) => {
      expect(sourcePageText(art, topic)).toBe(`${JSON.stringify(buildSourcePageData(model, art), null, 2)}\n`);
    },
  );

  it('links actors on the pages it builds, so the comparison covers actor links', () => {
    const withLinks = articles.filter((art) => sourcePageText(art, topic).includes('href=\\"/actors/'));
    expect(withLinks.length).toBeGreaterThan(articles.length / 2);
  });
});
