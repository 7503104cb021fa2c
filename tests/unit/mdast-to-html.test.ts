import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { RootContent } from 'mdast';
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import rehypeExternalLinks from 'rehype-external-links';
import { jsxElement, mdastToHtml } from '../../src/lib/generate/html.ts';
import { a, fnDef, fnRef, h, jsxBlock, p, ul } from '../../src/lib/generate/mdast.ts';

// The reference: the unified pipeline the site's Markdown processor runs (astro.config.mjs), which
// mdastToHtml reproduces without a processor (with the same JSX handler). Its output must be the
// same, byte for byte.
const reference = unified()
  .use(remarkRehype, { handlers: { mdxJsxFlowElement: jsxElement, mdxJsxTextElement: jsxElement } })
  .use(rehypeSlug)
  .use(rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] })
  .use(rehypeStringify);
const viaProcessor = (nodes: RootContent[]): string =>
  reference.stringify(reference.runSync({ type: 'root', children: structuredClone(nodes) }));

describe('mdastToHtml', () => {
  it('renders like the unified pipeline: heading slugs, external-link rel, JSX elements, escaping', () => {
    const nodes: RootContent[] = [
      h(2, 'Quotes & figures'),
      h(2, 'Quotes & figures'),
      h(3, 'Émile <b>'),
      p(a('https://example.com/a?b=1&c=2', 'external'), ' ', a('/actors/x/', 'internal')),
      p(a('//cdn.example.com/x', 'protocol-relative'), ' ', a('mailto:x@example.com', 'mail')),
      p(a('ftp://example.com/', 'ftp'), ' ', a('#s-1', 'anchor')),
      jsxBlock(
        'figure',
        { class: 'quote-card wide', id: 'q1' },
        '“Said” <script>alert(1)</script>',
        a('https://x.example/', 'x'),
      ),
      ul([['one'], ['two ', a('http://example.org', 'x')]]),
    ];
    const html = mdastToHtml(structuredClone(nodes));
    expect(html).toBe(viaProcessor(nodes));
    expect(html).toContain('id="quotes--figures-1"');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it('renders footnotes like the unified pipeline, definitions nested anywhere in the tree', () => {
    // Definitions are collected before conversion; a tree without them takes a shorter path.
    const nodes: RootContent[] = [
      p('Claim', fnRef('s1'), ' and another', fnRef('s2')),
      ul([['item']]),
      fnDef('s1', 'First source ', a('https://example.com/', 'link')),
      { type: 'blockquote', children: [fnDef('s2', 'Nested source')] },
    ];
    const html = mdastToHtml(structuredClone(nodes));
    expect(html).toBe(viaProcessor(nodes));
    expect(html).toContain('Nested source');
    expect(html).toContain('href="#user-content-fn-s2"');
  });

  it('starts slugs afresh on every call, as rehype-slug does per tree', () => {
    expect(mdastToHtml([h(2, 'Same')])).toBe(mdastToHtml([h(2, 'Same')]));
    expect(mdastToHtml([h(2, 'Same')])).toContain('id="same"');
  });

  it('matches the unified pipeline on arbitrary headings, links and text', () => {
    const word = fc.string({ maxLength: 12 });
    const url = fc.oneof(
      fc.webUrl(),
      fc.constantFrom('/a/', '#x', '//h.example/p', 'mailto:a@b.c', 'ftp://x.y/'),
      word,
    );
    const block = fc.oneof(
      fc.tuple(fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>, word).map(([d, t]) => h(d, t)),
      fc.tuple(url, word, word).map(([u, t, rest]) => p(a(u, t), rest)),
      word.map((t) => jsxBlock('div', { class: 'card' }, t)),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 8 }), (nodes) => {
        expect(mdastToHtml(structuredClone(nodes))).toBe(viaProcessor(nodes));
      }),
    );
  });
});
