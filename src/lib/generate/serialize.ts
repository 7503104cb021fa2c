/** Serialises a generated page (frontmatter + mdast) to MDX text through mdast-util-to-markdown. */
import type { Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { stringify } from 'yaml';

/** A generated page: where it goes, its frontmatter, and its body as mdast. */
export interface GeneratedPage {
  /** Path under content/generated without extension ("figures", "actors/colombia", "index"). */
  path: string;
  /** Frontmatter, validated by the page schema. */
  frontmatter: Record<string, unknown>;
  /** Body nodes. */
  body: RootContent[];
}

/** Returns the page as MDX text; escaping of `{`, `<`, `*` etc. is done by the serialiser. */
export function serializePage(page: GeneratedPage): string {
  const tree: Root = {
    type: 'root',
    children: [{ type: 'yaml', value: stringify(page.frontmatter, { lineWidth: 0 }).trimEnd() }, ...page.body],
  };
  return toMarkdown(tree, {
    extensions: [frontmatterToMarkdown(['yaml']), gfmToMarkdown({ tablePipeAlign: false }), mdxToMarkdown()],
    bullet: '-',
    emphasis: '_',
    rule: '-',
    listItemIndent: 'one',
    // Generated files are read in pull requests: one line per paragraph keeps diffs readable.
    tightDefinitions: true,
  });
}
