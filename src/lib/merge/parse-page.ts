/**
 * Reads an existing MDX page into its frontmatter and a list of blocks: the contributor's text,
 * kept verbatim, and the generated regions between marker pairs. Parsing with micromark (MDX, GFM,
 * frontmatter) rather than matching lines means a marker-like line inside a code block or a JSX
 * element is never mistaken for a marker.
 */
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { InputError, type Problem } from '../errors.ts';
import { closeMarker, readMarker } from './markers.ts';

/** A block of the page body, in file order. */
export type PageBlock = { kind: 'text'; text: string } | { kind: 'region'; id: string; content: string; line: number };

/** An existing page split into frontmatter and blocks. */
export interface ParsedPage {
  /** The YAML between the `---` fences, or null when there is none. */
  yaml: string | null;
  /** The body as contributor text and generated regions. */
  blocks: PageBlock[];
}

// The last text parsed and its tree. Generate validates each page holding a contributor's text that
// it writes and then merges the same text once more (to remember the result): both parse it, and
// parsing is most of their cost. Callers only read the tree.
let last: { text: string; file: string; tree: Root } | undefined;

/**
 * Parses MDX text into an mdast tree with positions; throws InputError with the line on a syntax
 * error. The tree is shared with the next caller parsing the same text: read it, do not change it.
 */
export function parseMdx(text: string, file: string): Root {
  if (last && last.text === text && last.file === file) return last.tree;
  const tree = parseTree(text, file);
  last = { text, file, tree };
  return tree;
}

function parseTree(text: string, file: string): Root {
  try {
    return fromMarkdown(text, {
      extensions: [mdxjs(), gfm(), frontmatter(['yaml'])],
      mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
    });
  } catch (e) {
    const err = e as {
      line?: number;
      place?: { line?: number; start?: { line?: number } };
      reason?: string;
      message?: string;
    };
    const reason = err.reason ?? err.message ?? String(e);
    // At the end of the input micromark gives no place, but the reason names where the element opened: "(7:1)".
    const line =
      err.line ?? err.place?.line ?? err.place?.start?.line ?? Number(/\((\d+):\d+/.exec(reason)?.[1] ?? NaN);
    throw new InputError([
      {
        file,
        line: Number.isFinite(line) ? line : undefined,
        message: `invalid MDX: ${reason.split('\n')[0]}`,
        fix: 'close every JSX tag and {expression}, and write a literal { or < as \\{ or \\<',
      },
    ]);
  }
}

/** Splits MDX text into frontmatter and blocks; throws InputError naming every misplaced or unbalanced marker. */
export function parsePage(text: string, file: string): ParsedPage {
  const tree = parseMdx(text, file);
  const problems: Problem[] = [];
  const blocks: PageBlock[] = [];
  const slice = (from: number, to: number) => text.slice(from, to).replace(/^\s*\n|\s+$/g, '');
  const first = tree.children[0];
  const yaml = first?.type === 'yaml' ? first.value : null;
  let cursor = first?.type === 'yaml' ? (first.position?.end.offset ?? 0) : 0;
  let open: { id: string; line: number; from: number } | undefined;
  const pushText = (to: number) => {
    const t = slice(cursor, to);
    if (t) blocks.push({ kind: 'text', text: t });
  };

  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    const line = node.position?.start.line ?? 0;
    const marker = node.type === 'mdxFlowExpression' ? readMarker(node.value) : null;
    if (!marker) continue;
    if (!marker.close) {
      if (open) {
        problems.push({
          file,
          line: open.line,
          message: `generated region "${open.id}" is opened here but not closed before the next region starts`,
          fix: `put {${closeMarker(open.id)}} at the end of the region, or delete its opening marker to make the section yours`,
        });
      }
      pushText(start);
      open = { id: marker.id, line, from: end };
    } else if (open?.id === marker.id) {
      const id = open.id;
      if (blocks.some((b) => b.kind === 'region' && b.id === id))
        problems.push({
          file,
          line: open.line,
          message: `generated region "${id}" appears twice`,
          fix: 'keep one marker pair per region: delete the copy, or its markers to make that text yours',
        });
      blocks.push({ kind: 'region', id, content: slice(open.from, start), line: open.line });
      open = undefined;
    } else {
      problems.push({
        file,
        line,
        message: `closing marker for "${marker.id}" has no matching opening marker${open ? ` (region "${open.id}" is open)` : ''}`,
        fix: 'restore the opening marker, or delete this closing marker',
      });
      pushText(start);
    }
    cursor = end;
  }
  if (open)
    problems.push({
      file,
      line: open.line,
      message: `generated region "${open.id}" is opened here and never closed`,
      fix: `put {${closeMarker(open.id)}} at the end of the region, or delete the opening marker to make the section yours`,
    });
  else pushText(text.length);

  // A marker inside a list, quote or JSX element cannot be split on without breaking that element.
  const nested = (nodes: readonly RootContent[], depth: number): void => {
    for (const n of nodes) {
      if (depth > 0 && (n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') && readMarker(n.value))
        problems.push({
          file,
          line: n.position?.start.line,
          message: 'a generated-region marker sits inside another element',
          fix: 'put each marker on a line of its own, outside lists, quotes and JSX elements',
        });
      if ('children' in n) nested(n.children as RootContent[], depth + 1);
    }
  };
  nested(tree.children, 0);
  if (problems.length) throw new InputError(problems);
  return { yaml, blocks };
}
