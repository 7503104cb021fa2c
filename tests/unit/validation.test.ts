import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseOverrides } from '../../src/lib/config/parse-overrides.ts';
import { parseTopic } from '../../src/lib/config/parse-topic.ts';
import { InputError } from '../../src/lib/errors.ts';
import { parseSourceFile } from '../../src/lib/source-file.ts';
import { loadFixtures, projectTopic } from '../support/fixtures.ts';

type ExpectedProblem = { line?: number; message: string };

function problemsOf(fn: () => unknown): InputError['problems'] {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e.problems;
    throw e;
  }
  throw new Error('expected an InputError, but the input was accepted');
}

describe.each(loadFixtures<ExpectedProblem[]>('topic-errors'))('parseTopic rejects $name', ({ input, expected }) => {
  it('with one message per problem naming the file, the line and a fix', () => {
    const problems = problemsOf(() => parseTopic(input, 'content/topic.yaml'));
    expect(problems).toHaveLength(expected.length);
    problems.forEach((p, i) => {
      expect(p.file).toBe('content/topic.yaml');
      expect(p.message).toContain(expected[i]?.message);
      if (expected[i]?.line) expect(p.line).toBe(expected[i]?.line);
      expect(p.fix.length).toBeGreaterThan(10);
    });
  });
});

describe.each(loadFixtures<{ errors?: ExpectedProblem[]; frontmatter?: object; body?: string }>('source-file'))(
  'parseSourceFile: $name',
  ({ input, expected }) => {
    it(expected.errors ? 'rejects it with the file and line of each problem' : 'reads frontmatter and body', () => {
      if (expected.errors) {
        const problems = problemsOf(() => parseSourceFile(input, 'content/articles/x.md'));
        expect(problems).toHaveLength(expected.errors.length);
        problems.forEach((p, i) => {
          expect(p.file).toBe('content/articles/x.md');
          expect(p.message).toContain(expected.errors?.[i]?.message);
          if (expected.errors?.[i]?.line) expect(p.line).toBe(expected.errors[i]?.line);
        });
      } else {
        const parsed = parseSourceFile(input, 'content/articles/x.md');
        expect(parsed.frontmatter).toMatchObject(expected.frontmatter ?? {});
        expect(parsed.body).toBe(expected.body);
      }
    });
  },
);

describe('parseSourceFile', () => {
  it("refuses a published date after the day it is given as today, each day's rule its own", () => {
    const file = 'content/articles/x.md';
    const text = '---\ntitle: "T"\noutlet: null\nurl: null\npublished: 2025-06-01\nauthors: []\n---\nText.\n';
    // Before, after, and before again: the rule kept for one day must not answer for another.
    expect(problemsOf(() => parseSourceFile(text, file, { today: '2025-05-01' }))).toMatchObject([
      { file, line: 5, message: expect.stringContaining('today is 2025-05-01') },
    ]);
    expect(parseSourceFile(text, file, { today: '2025-07-01' }).frontmatter.published).toBe('2025-06-01');
    expect(problemsOf(() => parseSourceFile(text, file, { today: '2025-04-01' }))).toMatchObject([
      { message: expect.stringContaining('today is 2025-04-01') },
    ]);
  });
});

describe('parseTopic', () => {
  it('accepts the project topic config', async () => {
    const { readFileSync } = await import('node:fs');
    const topic = parseTopic(readFileSync('content/topic.yaml', 'utf8'), 'content/topic.yaml');
    expect(topic.actors.length).toBeGreaterThan(10);
  });
});

describe.each(loadFixtures<ExpectedProblem[]>('overrides-errors'))(
  'parseOverrides rejects $name',
  ({ input, expected }) => {
    it('with one message per problem naming the file, the line and a fix', () => {
      const problems = problemsOf(() => parseOverrides(input, 'content/overrides.yaml', projectTopic()));
      expect(problems).toHaveLength(expected.length);
      problems.forEach((p, i) => {
        expect(p.file).toBe('content/overrides.yaml');
        expect(p.message).toContain(expected[i]?.message);
        if (expected[i]?.line) expect(p.line).toBe(expected[i]?.line);
        expect(p.fix.length).toBeGreaterThan(10);
      });
    });
  },
);

describe('parseOverrides', () => {
  it('accepts the project overrides file and a file holding only comments', () => {
    const text = readFileSync('content/overrides.yaml', 'utf8');
    expect(parseOverrides(text, 'content/overrides.yaml', projectTopic()).overrides.quotes).toBeInstanceOf(Array);
    expect(parseOverrides('# nothing yet\n', 'x.yaml', projectTopic()).overrides).toEqual({
      quotes: [],
      figures: [],
      positions: [],
    });
  });
});
