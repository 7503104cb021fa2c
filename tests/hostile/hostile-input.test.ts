/**
 * The hostile-input corpus (tests/fixtures/hostile/): every case either reaches its source page
 * with its text shown literally (the MDX compiles, no markup from the text is interpreted), or
 * stops with one clear problem naming the file, the line, what is wrong and what to do. Source
 * pages are data rendered by an Astro route; the other pages are MDX, compiled here.
 * This runs the same steps as `npm run generate` in-process; tests/hostile/hostile-site.test.ts
 * runs the CLI and Astro over the same corpus.
 */
import { describe, expect, it } from 'vitest';
import { assignSlugs } from '../../src/lib/article-slugs.ts';
import { decodeText } from '../../src/lib/decode-text.ts';
import { InputError, formatProblem, type Problem } from '../../src/lib/errors.ts';
import { processArticle, type ArticleData } from '../../src/lib/pipeline.ts';
import { parseSourceFile } from '../../src/lib/source-file.ts';
import { buildPages, buildSourcePages } from '../../src/lib/generate/site.ts';
import { buildSiteModel } from '../../src/lib/generate/site-model.ts';
import { sourcePageDataSchema } from '../../src/lib/schema/source-page.ts';
import { loadHostileCases, type HostileCase } from '../fixtures/hostile/make-fixtures.ts';
import { projectTopic } from '../support/fixtures.ts';
import { expectedLines, renderSource, unsafeInMdxPages } from './support.ts';

// A fixed "today", so the future-date rule does not depend on when the test runs.
const TODAY = '2026-06-30';
const DIR = 'content/articles';

type Outcome = { problems: Problem[]; articles: ArticleData[]; bodies: Map<string, string> };

/** Runs the generate steps over a case's files: slugs, decoding, parsing, extraction. */
function ingest(c: HostileCase): Outcome {
  const { slugs, problems } = assignSlugs(
    c.files.map((f) => f.name),
    DIR,
  );
  const articles: ArticleData[] = [];
  const bodies = new Map<string, string>();
  for (const [name, slug] of slugs) {
    const file = `${DIR}/${name}`;
    const bytes = c.files.find((f) => f.name === name)!.bytes;
    try {
      const parsed = parseSourceFile(decodeText(bytes, file), file, { today: TODAY });
      bodies.set(slug, parsed.body);
      articles.push(processArticle({ slug, ...parsed }, projectTopic()));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems.push(...e.problems);
    }
  }
  return { problems, articles, bodies };
}

const cases = loadHostileCases();

describe('the hostile-input corpus', () => {
  it('has at least 40 cases, both outcomes represented', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.expected.outcome === 'ingested').length).toBeGreaterThanOrEqual(15);
    expect(cases.filter((c) => c.expected.outcome === 'error').length).toBeGreaterThanOrEqual(15);
  });
});

describe.each(cases.filter((c) => c.expected.outcome === 'error'))('hostile input $name', (c) => {
  it('stops with a message naming the file, the line, what is wrong and what to do', () => {
    const expected = c.expected as Extract<HostileCase['expected'], { outcome: 'error' }>;
    const { problems, articles } = ingest(c);
    expect(articles).toEqual([]);
    expect(problems).toHaveLength(expected.files ?? 1);
    const [first] = problems;
    expect(first!.message).toMatch(new RegExp(expected.message));
    if (expected.line !== undefined) expect(first!.line).toBe(expected.line);
    if (expected.fix !== undefined) expect(first!.fix).toMatch(new RegExp(expected.fix));
    for (const p of problems) {
      expect(c.files.map((f) => `${DIR}/${f.name}`)).toContain(p.file);
      expect(p.fix.length).toBeGreaterThan(10);
      expect(formatProblem(p)).toMatch(
        new RegExp(`^${p.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(:\\d+)?: .+\\. Fix: .+`),
      );
    }
  });
});

describe.each(cases.filter((c) => c.expected.outcome === 'ingested'))('hostile input $name', (c) => {
  it('is ingested and its source page shows every line of the text literally, as text', async () => {
    const { problems, articles, bodies } = ingest(c);
    expect(problems.map(formatProblem)).toEqual([]);
    const [art] = articles;
    const model = buildSiteModel(articles, projectTopic());
    const data = buildSourcePages(articles, projectTopic(), model)[0]!;
    sourcePageDataSchema.parse(data);
    const shown = renderSource(data);

    // Every non-blank line is an article paragraph, or listed as removed web chrome with its text.
    const { kept, removed } = expectedLines(bodies.get(art!.source.id)!, art!.removed);
    expect(shown.paragraphs).toEqual(kept);
    for (const line of removed) expect(shown.otherText).toContain(`“${line}”`);

    // No element, attribute or address on any page comes from the text; every MDX page compiles.
    expect(shown.unsafe).toEqual([]);
    expect(await unsafeInMdxPages(buildPages(articles, projectTopic(), model))).toEqual([]);

    const expectedTitle = (c.expected as { title?: string }).title;
    if (expectedTitle) expect(data.frontmatter.title).toBe(expectedTitle);
  });
});
