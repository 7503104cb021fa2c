/**
 * The markers around a generated region: MDX comments, so they render as nothing, survive Prettier
 * and MDX parsing, and are plain to see in a pull request.
 *   {/* generated:people-killed — … *\/}   …region…   {/* /generated:people-killed *\/}
 */
import type { MdxFlowExpression } from 'mdast-util-mdx-expression';

/** The opening marker's comment text for a region id. */
export const openMarker = (id: string): string =>
  `/* generated:${id} — kept up to date by npm run generate. Edit inside, or delete this marker pair, and the section becomes yours */`;

/** The closing marker's comment text for a region id. */
export const closeMarker = (id: string): string => `/* /generated:${id} */`;

/** An mdast node for a marker comment. */
export const markerNode = (value: string): MdxFlowExpression => ({ type: 'mdxFlowExpression', value });

/** Reads an MDX expression's text as a marker: which region and whether it opens or closes it; null if it is no marker. */
export function readMarker(expression: string): { id: string; close: boolean } | null {
  const m = /^\s*\/\*\s*(\/?)generated:([a-z0-9][a-z0-9-]*)\b[^]*\*\/\s*$/.exec(expression);
  return m ? { id: m[2] as string, close: m[1] === '/' } : null;
}
