import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/lib/merge/parse-page.ts';
import { checkPageLinks as checkTree, type SourceAnchors } from '../../src/lib/validate/page-links.ts';

const checkPageLinks = (text: string, file: string, known: SourceAnchors) =>
  checkTree(parseMdx(text, file), file, known);

const sources = new Map([['known', new Set(['s-1abc', 'p-0xyz'])]]);
const page = (body: string) => `---\ntitle: T\n---\n\n${body}\n`;

describe('checkPageLinks', () => {
  it('accepts links to existing sources, sentences and paragraphs, and other links', () => {
    const text = page('[a](/sources/known/) [b](/sources/known/#s-1abc) [c](/sources/known/#p-0xyz) [d](/figures/)');
    expect(checkPageLinks(text, 'x.mdx', sources)).toEqual([]);
  });

  it('names the line and a fix for a link to a source that does not exist', () => {
    const [problem, ...rest] = checkPageLinks(page('ok\n\nSee [this](/sources/gone/#s-1abc).'), 'x.mdx', sources);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'x.mdx', line: 7 });
    expect(problem?.message).toContain('source "gone"');
    expect(problem?.fix).toContain('content/articles/gone.md');
  });

  it('reports a sentence anchor the source does not have, in Markdown links and JSX href alike', () => {
    const problems = checkPageLinks(
      page('[x](/sources/known/#s-nope)\n\n<a href="/sources/known/#s-also-nope">y</a>'),
      'x.mdx',
      sources,
    );
    expect(problems.map((p) => [p.line, p.message.includes('no such anchor')])).toEqual([
      [5, true],
      [7, true],
    ]);
  });

  it('ignores link-like text in code', () => {
    expect(checkPageLinks(page('```\n[x](/sources/gone/)\n```\n\n`/sources/gone/`'), 'x.mdx', sources)).toEqual([]);
  });
});
