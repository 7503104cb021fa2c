import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { h, jsx, p, table, ul } from '../../src/lib/generate/mdast.ts';
import { serializePage } from '../../src/lib/generate/serialize.ts';

interface Node {
  type: unknown;
  props: { children?: unknown; id?: string };
}

// A minimal JSX runtime: rendering builds a plain tree, so the test sees exactly what MDX produced.
const Fragment = Symbol('Fragment');
const build = (type: unknown, props: Node['props']): Node => ({ type, props });
const runtime = { Fragment, jsx: build, jsxs: build, jsxDEV: build };

const textOf = (node: unknown): string => {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (node && typeof node === 'object' && 'props' in node) return textOf((node as Node).props.children);
  return '';
};
const find = (node: unknown, pred: (n: Node) => boolean): Node[] => {
  if (Array.isArray(node)) return node.flatMap((n) => find(n, pred));
  if (!node || typeof node !== 'object' || !('props' in node)) return [];
  const n = node as Node;
  return [...(pred(n) ? [n] : []), ...find(n.props.children, pred)];
};

// Astro strips frontmatter before compiling MDX; do the same here.
async function render(mdx: string): Promise<Node> {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const mod = await evaluate(body, { ...runtime, remarkPlugins: [remarkGfm] } as Parameters<typeof evaluate>[1]);
  return (mod.default as (props: object) => Node)({});
}

const cases = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'mdx-escaping', 'cases.json'), 'utf8'),
) as Array<{ name: string; text: string }>;

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
      const href = (link.props as { href?: string }).href ?? '';
      expect(href).toMatch(/^(https?:|mailto:)/);
      expect(href.replace(/^(mailto:|http:\/\/(?=www\.))/, '')).toBe(textOf(link));
    }
  });
});

describe('serializePage', () => {
  it('writes the frontmatter as YAML that round-trips hostile titles', () => {
    const mdx = serializePage({ path: 'x', frontmatter: { title: 'A: "b" --- #c', n: null }, body: [] });
    expect(mdx.startsWith('---\n')).toBe(true);
    expect(mdx).toContain(`title: 'A: "b" --- #c'`);
  });
});
