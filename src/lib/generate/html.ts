/**
 * Renders generated mdast to HTML, for the parts of pages rendered from data rather than compiled
 * as MDX. Does what the site's Markdown processor does after parsing (astro.config.mjs:
 * remark-rehype, rehype-slug, rehype-external-links with rel noopener noreferrer, rehype-stringify),
 * with the same libraries underneath but without a unified processor and with the slug and rel
 * steps done in one tree walk: at thousands of source pages the processor's per-call overhead and
 * the plugins' separate walks were most of the generate's serial time.
 */
import type { Element, Nodes, Properties } from 'hast';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast, type State } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import GithubSlugger from 'github-slugger';
import isAbsoluteUrl from 'is-absolute-url';

/** Cards and anchored spans are MDX JSX elements (`<figure class="quote-card">`): render them as the HTML elements they name. */
export function jsxElement(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element {
  const properties: Properties = {};
  for (const attr of node.attributes)
    if (attr.type === 'mdxJsxAttribute' && typeof attr.value === 'string')
      properties[attr.name === 'class' ? 'className' : attr.name] =
        attr.name === 'class' ? attr.value.split(' ') : attr.value;
  return { type: 'element', tagName: node.name ?? 'div', properties, children: state.all(node) as Element['children'] };
}

const HEADING = /^h[1-6]$/;
const EXTERNAL_PROTOCOLS = ['http', 'https'];

/** True when rehype-external-links would treat the URL as external (absolute http(s), or protocol-relative). */
function isExternal(url: string): boolean {
  return isAbsoluteUrl(url) ? EXTERNAL_PROTOCOLS.includes(url.slice(0, url.indexOf(':'))) : url.startsWith('//');
}

/** rehype-slug and rehype-external-links in one pre-order walk (the order both plugins visit in). */
function slugAndRel(node: Nodes, slugger: GithubSlugger): void {
  if (node.type === 'element') {
    if (HEADING.test(node.tagName) && !node.properties.id) node.properties.id = slugger.slug(toString(node));
    if (node.tagName === 'a' && typeof node.properties.href === 'string' && isExternal(node.properties.href))
      node.properties.rel = ['noopener', 'noreferrer'];
  }
  if ('children' in node) for (const child of node.children) slugAndRel(child, slugger);
}

/** Whether any of `nodes` or their descendants is a definition or footnote definition. */
function hasDefinitions(nodes: readonly RootContent[]): boolean {
  for (const node of nodes) {
    if (node.type === 'definition' || node.type === 'footnoteDefinition') return true;
    if ('children' in node && hasDefinitions(node.children)) return true;
  }
  return false;
}

/**
 * A node toHast does not look inside when it collects definitions: its handler converts the nodes
 * it holds. toHast walks the whole tree with unist-util-visit for definitions before converting
 * it, and that walk (a closure and a parents array per node) cost more than the conversion itself
 * on source pages, which never have definitions. So a tree without them is handed over in one of
 * these, which gives the same hast: the root's children are converted and wrapped alike.
 */
interface Opaque {
  type: 'sourcebookOpaque';
  nodes: RootContent[];
}

const handlers = {
  mdxJsxFlowElement: jsxElement,
  mdxJsxTextElement: jsxElement,
  sourcebookOpaque: (state: State, node: Opaque) => state.all({ type: 'root', children: node.nodes }),
};

/** Returns the HTML of mdast nodes; text is escaped by the serialiser, so it can never become markup. */
export function mdastToHtml(nodes: RootContent[]): string {
  const tree: Root = hasDefinitions(nodes)
    ? { type: 'root', children: nodes }
    : { type: 'root', children: [{ type: 'sourcebookOpaque', nodes } as unknown as RootContent] };
  const hast = toHast(tree, { handlers });
  // Slugs are unique per call, as rehype-slug resets its slugger for every tree.
  slugAndRel(hast, new GithubSlugger());
  return toHtml(hast);
}
