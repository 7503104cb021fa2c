import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { h, jsx, p, table, ul } from '../../src/lib/generate/mdast.ts';
import { serializePage } from '../../src/lib/generate/serialize.ts';
import { findAll as find, renderMdx as render, textOf } from '../support/mdx.ts';

/** The named texts of a fixture file in tests/fixtures/mdx-escaping/. */
const escapingCases = (file: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'mdx-escaping', file), 'utf8')) as Array<{
    name: string;
    text: string;
  }>;

const cases = escapingCases('cases.json');

describe.each(cases)('serializePage escapes $name', ({ text }) => {
  it('so the text renders literally inside a sentence anchor', async () => {
    const tree = await render(
      serializePage({ path: 'x', frontmatter: { title: 'T' }, body: [p(jsx('span', { id: 's-1' }, text))] }),
    );
    const spans = find(tree, (n) => n.type === 'span');
    expect(spans).toHaveLength(1);
    expect(spans[0]?.props.id).toBe('s-1');
    expect(textOf(spans[0])).toBe(text);
  });

  it('so the text renders literally as a whole paragraph', async () => {
    const tree = await render(serializePage({ path: 'x', frontmatter: { title: 'T' }, body: [p(text)] }));
    expect(find(tree, (n) => n.type === 'p').map(textOf)).toEqual([text]);
  });

  it('so the text renders literally in headings, lists and table cells', async () => {
    const tree = await render(
      serializePage({
        path: 'x',
        frontmatter: { title: 'T' },
        body: [h(2, text), ul([[text]]), table([['Head']], [[[text]]])],
      }),
    );
    for (const tag of ['h2', 'li', 'td']) {
      const nodes = find(tree, (n) => n.type === tag);
      expect(nodes.map(textOf)).toEqual([text]);
    }
    expect(find(tree, (n) => ['script', 'img', 'em', 'code', 'Foo'].includes(String(n.type)))).toEqual([]);
    // GFM turns bare http(s) and e-mail addresses into links with the same text; nothing else may become one.
    for (const link of find(tree, (n) => n.type === 'a')) {
      const href = link.props.href ?? '';
      expect(href).toMatch(/^(https?:|mailto:)/);
      expect(href.replace(/^(mailto:|http:\/\/(?=www\.))/, '')).toBe(textOf(link));
    }
  });
});

// Text with line breaks (sentences and paragraphs of an article): each line start is a new chance
// for MDX to read ESM, a comment, an expression, a tag or a rule.
const lineStarts = escapingCases('line-starts.json');

describe.each(lineStarts)('serializePage escapes $name', ({ text }) => {
  it('so the lines render literally in a sentence anchor and as a paragraph', async () => {
    const anchored = await render(
      serializePage({ path: 'x', frontmatter: { title: 'T' }, body: [p(jsx('span', { id: 's-1' }, text))] }),
    );
    expect(find(anchored, (n) => n.type === 'span').map(textOf)).toEqual([text]);
    const plain = await render(serializePage({ path: 'x', frontmatter: { title: 'T' }, body: [p(text)] }));
    expect(find(plain, (n) => n.type === 'p').map(textOf)).toEqual([text]);
    for (const tree of [anchored, plain])
      expect(find(tree, (n) => ['hr', 'h1', 'h2'].includes(String(n.type)))).toEqual([]);
  });
});

describe('serializePage', () => {
  it('writes the frontmatter as YAML that round-trips hostile titles', () => {
    const mdx = serializePage({ path: 'x', frontmatter: { title: 'A: "b" --- #c', n: null }, body: [] });
    expect(mdx.startsWith('---\n')).toBe(true);
    expect(mdx).toContain(`title: 'A: "b" --- #c'`);
  });
});
