/** Small builders for mdast nodes, so page generators read like the page they build. */
import type {
  BlockContent,
  Blockquote,
  Emphasis,
  FootnoteDefinition,
  FootnoteReference,
  Heading,
  Link,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  RootContent,
  Strong,
  Table,
  TableCell,
  TableRow,
  Text,
} from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

/** Inline content given as nodes or plain strings (strings become text nodes). */
export type Inline = PhrasingContent | string;

const inline = (parts: Inline[]): PhrasingContent[] =>
  parts.filter((p) => p !== '').map((p) => (typeof p === 'string' ? text(p) : p));

/** A text node; the serialiser escapes whatever it contains. */
export const text = (value: string): Text => ({ type: 'text', value });
/** A paragraph. */
export const p = (...parts: Inline[]): Paragraph => ({ type: 'paragraph', children: inline(parts) });
/** A heading of the given depth. */
export const h = (depth: 1 | 2 | 3 | 4, ...parts: Inline[]): Heading => ({
  type: 'heading',
  depth,
  children: inline(parts),
});
/** A link. */
export const a = (url: string, ...parts: Inline[]): Link => ({ type: 'link', url, children: inline(parts) });
/** Emphasised text. */
export const em = (...parts: Inline[]): Emphasis => ({ type: 'emphasis', children: inline(parts) });
/** Strong text. */
export const strong = (...parts: Inline[]): Strong => ({ type: 'strong', children: inline(parts) });
/** A block quotation. */
export const blockquote = (...children: BlockContent[]): Blockquote => ({ type: 'blockquote', children });
/** A bulleted list whose items are inline content or blocks. */
export const ul = (items: Array<Inline[] | BlockContent[]>): List => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((item): ListItem => ({
    type: 'listItem',
    spread: false,
    children: item.every((x) => typeof x === 'string' || !isBlock(x))
      ? [p(...(item as Inline[]))]
      : (item as BlockContent[]),
  })),
});
/** A GFM table; the first row is the header. */
export const table = (header: Inline[][], rows: Inline[][][], align?: Table['align']): Table => ({
  type: 'table',
  align: align ?? header.map(() => null),
  children: [header, ...rows].map((cells): TableRow => ({
    type: 'tableRow',
    children: cells.map((c): TableCell => ({ type: 'tableCell', children: inline(c) })),
  })),
});
/** A GFM footnote reference. */
export const fnRef = (identifier: string): FootnoteReference => ({
  type: 'footnoteReference',
  identifier,
  label: identifier,
});
/** A GFM footnote definition. */
export const fnDef = (identifier: string, ...parts: Inline[]): FootnoteDefinition => ({
  type: 'footnoteDefinition',
  identifier,
  label: identifier,
  children: [p(...parts)],
});
/** An inline HTML element written as MDX JSX (`<span id="…" class="…">…</span>`). */
export const jsx = (name: string, attributes: Record<string, string>, ...parts: Inline[]): MdxJsxTextElement => ({
  type: 'mdxJsxTextElement',
  name,
  attributes: Object.entries(attributes).map(([n, value]) => ({ type: 'mdxJsxAttribute', name: n, value })),
  children: inline(parts),
});

/**
 * A block HTML element written as MDX JSX (`<p id="…">…</p>`), for blocks that need attributes:
 * MDX wraps a line of inline JSX alone in no paragraph, so such lines need an explicit one.
 */
export const jsxBlock = (name: string, attributes: Record<string, string>, ...parts: Inline[]): MdxJsxFlowElement => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: Object.entries(attributes).map(([n, value]) => ({ type: 'mdxJsxAttribute', name: n, value })),
  children: [p(...parts)],
});

/** A block HTML element written as MDX JSX whose children are blocks (`<figure class="…">…</figure>`). */
export const jsxFlow = (
  name: string,
  attributes: Record<string, string>,
  ...children: Array<BlockContent | MdxJsxFlowElement>
): MdxJsxFlowElement => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: Object.entries(attributes).map(([n, value]) => ({ type: 'mdxJsxAttribute', name: n, value })),
  children,
});

function isBlock(node: RootContent | string): boolean {
  return (
    typeof node !== 'string' &&
    ['paragraph', 'heading', 'list', 'table', 'blockquote', 'code', 'thematicBreak'].includes(node.type)
  );
}

/** Joins inline parts with a separator (", "), for lists of links. */
export function join(parts: Inline[][], sep: Inline = ', '): Inline[] {
  return parts.flatMap((part, i) => (i === 0 ? part : [sep, ...part]));
}
