/**
 * Renders generated mdast to HTML, for the parts of pages rendered from data rather than compiled
 * as MDX. Runs the same remark → rehype steps as the site's Markdown processor (astro.config.mjs).
 */
import type { Element, Properties } from 'hast';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { State } from 'mdast-util-to-hast';
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import rehypeExternalLinks from 'rehype-external-links';

/** Cards and anchored spans are MDX JSX elements (`<figure class="quote-card">`): render them as the HTML elements they name. */
function jsxElement(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element {
  const properties: Properties = {};
  for (const attr of node.attributes)
    if (attr.type === 'mdxJsxAttribute' && typeof attr.value === 'string')
      properties[attr.name === 'class' ? 'className' : attr.name] =
        attr.name === 'class' ? attr.value.split(' ') : attr.value;
  return { type: 'element', tagName: node.name ?? 'div', properties, children: state.all(node) as Element['children'] };
}

const processor = unified()
  .use(remarkRehype, { handlers: { mdxJsxFlowElement: jsxElement, mdxJsxTextElement: jsxElement } })
  .use(rehypeSlug)
  .use(rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] })
  .use(rehypeStringify);

/** Returns the HTML of mdast nodes; text is escaped by the serialiser, so it can never become markup. */
export function mdastToHtml(nodes: RootContent[]): string {
  const tree: Root = { type: 'root', children: nodes };
  return processor.stringify(processor.runSync(tree));
}
