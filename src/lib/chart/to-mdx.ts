/** Turns a hast element (a chart) into an MDX JSX tree, so a generated page can carry inline SVG. */
import type { Element } from 'hast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { MdxFlowExpression } from 'mdast-util-mdx-expression';

/**
 * Converts a hast element and its subtree to MDX JSX. Text becomes a JSON string literal in a JSX
 * expression (`{"…"}`): MDX neither wraps it in a paragraph nor reads markup or braces in it.
 */
export function hastToMdxJsx(node: Element): MdxJsxFlowElement {
  const children: Array<MdxJsxFlowElement | MdxFlowExpression> = [];
  for (const c of node.children) {
    if (c.type === 'element') children.push(hastToMdxJsx(c));
    else if (c.type === 'text' && c.value.trim())
      children.push({ type: 'mdxFlowExpression', value: JSON.stringify(c.value) });
  }
  return {
    type: 'mdxJsxFlowElement',
    name: node.tagName,
    attributes: Object.entries(node.properties).map(([name, value]) => ({
      type: 'mdxJsxAttribute',
      name,
      value: String(value),
    })),
    children,
  };
}
