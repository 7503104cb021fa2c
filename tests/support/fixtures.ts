/** Loads fixture cases from tests/fixtures/<step>/<case>/ for describe.each. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTopic } from '../../src/lib/config/parse-topic.ts';
import type { Topic } from '../../src/lib/schema/topic.ts';
import { segmentArticle, type ArticleDoc } from '../../src/lib/extract/segment.ts';
import { processArticle, type ArticleData } from '../../src/lib/pipeline.ts';
import { parseSourceFile } from '../../src/lib/source-file.ts';

/** One fixture case: `input.txt` (or `input.json`, as text), `expected.json`, optional `options.json`. */
export interface FixtureCase<E = unknown, O = Record<string, unknown>> {
  name: string;
  input: string;
  expected: E;
  options: O;
}

const root = join(import.meta.dirname, '..', 'fixtures');

/** Returns every case under tests/fixtures/<step>, sorted by name. */
export function loadFixtures<E = unknown, O = Record<string, unknown>>(step: string): FixtureCase<E, O>[] {
  const dir = join(root, step);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const at = (f: string) => join(dir, name, f);
      return {
        name,
        input: readFileSync(existsSync(at('input.txt')) ? at('input.txt') : at('input.json'), 'utf8'),
        expected: JSON.parse(readFileSync(at('expected.json'), 'utf8')) as E,
        options: (existsSync(at('options.json')) ? JSON.parse(readFileSync(at('options.json'), 'utf8')) : {}) as O,
      };
    });
}

let topic: Topic | undefined;
/** The project's topic config (content/topic.yaml), parsed once. */
export function projectTopic(): Topic {
  const file = join(import.meta.dirname, '..', '..', 'content', 'topic.yaml');
  topic ??= parseTopic(readFileSync(file, 'utf8'), 'content/topic.yaml');
  return topic;
}

/** The bundled articles (content/articles/*.md), extracted with the project's topic, in file-name order. */
export function projectArticles(): ArticleData[] {
  const dir = join(import.meta.dirname, '..', '..', 'content', 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) =>
      processArticle(
        { slug: f.replace(/\.md$/, ''), ...parseSourceFile(readFileSync(join(dir, f), 'utf8'), f) },
        projectTopic(),
      ),
    );
}

/** Segments a fixture's input (paragraphs separated by blank lines) into an ArticleDoc. */
export function docFromFixture(input: string, published: string | null = null): ArticleDoc {
  const paragraphs = input
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return segmentArticle(paragraphs, published);
}
