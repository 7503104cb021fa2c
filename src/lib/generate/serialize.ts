/** Serialises a generated page (frontmatter + mdast) to MDX text through mdast-util-to-markdown. */
import type { Root, RootContent } from 'mdast';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { stringify } from 'yaml';
import { mergePage } from '../merge/merge-page.ts';

/** A generated page: where it goes, its frontmatter, and its body as mdast. */
export interface GeneratedPage {
  /** Path under content/generated without extension ("figures", "actors/colombia", "index"). */
  path: string;
  /** Frontmatter, validated by the page schema. */
  frontmatter: Record<string, unknown>;
  /** Body nodes. A level-2 heading starts a new generated region (see src/lib/merge/regions.ts). */
  body: RootContent[];
}

/**
 * Hazards the mdx extensions leave unescaped; the character is then written as a character
 * reference. A line of text starting with `import ` or `export ` is parsed by MDX as JavaScript
 * (ESM). A line ending right before a tag (text ending in a newline inside `<span>…</span>`)
 * puts `</span>` at a line start, where MDX reads it as a block tag and ends the paragraph.
 */
const mdxHazards: Unsafe[] = [
  { atBreak: true, character: 'i', after: 'mport ' },
  { atBreak: true, character: 'e', after: 'xport ' },
  { character: '\n', inConstruct: 'phrasing', after: '<' },
];

/** Returns mdast nodes as MDX text (no trailing newline); escaping of `{`, `<`, `*` etc. is done by the serialiser. */
export function serializeNodes(nodes: RootContent[]): string {
  const tree: Root = { type: 'root', children: nodes };
  return toMarkdown(tree, {
    extensions: [frontmatterToMarkdown(['yaml']), gfmToMarkdown({ tablePipeAlign: false }), mdxToMarkdown()],
    bullet: '-',
    emphasis: '_',
    rule: '-',
    listItemIndent: 'one',
    // Generated files are read in pull requests: one line per paragraph keeps diffs readable.
    tightDefinitions: true,
    unsafe: mdxHazards,
  }).trimEnd();
}

/** Returns YAML frontmatter text (without the `---` fences) for a plain object. */
export function serializeFrontmatter(data: Record<string, unknown>): string {
  return stringify(data, { lineWidth: 0 }).trimEnd();
}

/** Returns a fresh page as MDX text, with its generated regions marked (what `npm run generate` writes for a new page). */
export function serializePage(page: GeneratedPage): string {
  return mergePage(page, null, `${page.path}.mdx`).text;
}
