import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { synthesizeArticle, syntheticSlug } from '../../src/lib/bench/synthetic-corpus.ts';
import { processArticle } from '../../src/lib/pipeline.ts';
import { parseSourceFile, serializeSourceFile } from '../../src/lib/source-file.ts';
import { readMaterial } from '../../scripts/bench/corpus.ts';
import { projectTopic } from '../support/fixtures.ts';

const material = readMaterial(join(import.meta.dirname, '..', '..', 'content'));
const corpus = (seed: number, n: number) => Array.from({ length: n }, (_, i) => synthesizeArticle(material, seed, i));

describe('synthesizeArticle', () => {
  it('is deterministic: the same seed and index give the same article', () => {
    expect(corpus(7, 5)).toEqual(corpus(7, 5));
  });

  it('gives different articles for different seeds and indexes', () => {
    const bodies = [...corpus(7, 5), ...corpus(8, 5)].map((a) => a.body);
    expect(new Set(bodies).size).toBe(bodies.length);
  });

  it('writes source files that parse, with numbered slugs', () => {
    for (const [i, art] of corpus(3, 10).entries()) {
      expect(art.slug).toBe(syntheticSlug(i));
      const text = serializeSourceFile(art);
      expect(parseSourceFile(text, `${art.slug}.md`)).toEqual({ frontmatter: art.frontmatter, body: art.body });
    }
  });

  it('makes articles of realistic length and shape: quotes, figures and dated events are extracted', () => {
    const lengths = material.templates.map((t) => t.body.length);
    const data = corpus(11, 12).map((art) => processArticle(art, projectTopic()));
    for (const d of data) {
      expect(d.source.text.length).toBeGreaterThan(Math.min(...lengths) / 2);
      expect(d.source.text.length).toBeLessThan(Math.max(...lengths) * 2);
    }
    expect(data.flatMap((d) => d.quotes).length).toBeGreaterThan(12);
    expect(data.flatMap((d) => d.figures).length).toBeGreaterThan(0);
    expect(data.flatMap((d) => d.events).length).toBeGreaterThan(0);
  });

  it('varies the names and numbers it recombines', () => {
    const originals = new Set(material.templates.flatMap((t) => t.body.split('\n')));
    const lines = corpus(5, 20).flatMap((a) => a.body.split('\n').filter(Boolean));
    expect(lines.filter((l) => !originals.has(l)).length).toBeGreaterThan(lines.length / 4);
  });
});
