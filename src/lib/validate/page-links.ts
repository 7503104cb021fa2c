/**
 * Finds links in a page that point at a source page or a sentence anchor that does not exist, so a
 * hand-written or edited page cannot ship a dead citation. Links are read from the parsed MDX
 * (Markdown links and JSX `href` attributes), never with a regex over the text, so code blocks and
 * link-like prose are ignored.
 */
import type { Nodes, Root } from 'mdast';
import type { Problem } from '../errors.ts';

/** Known sources: source id → the anchor ids (sentences and paragraphs) on its page. */
export type SourceAnchors = ReadonlyMap<string, ReadonlySet<string>>;

/** Returns one problem per link to a missing source or anchor in `tree`, the parsed MDX of `file` (see parseMdx). */
export function checkPageLinks(tree: Root, file: string, sources: SourceAnchors): Problem[] {
  const problems: Problem[] = [];
  const check = (url: string, line: number | undefined) => {
    const m = /^\/sources\/([^/#?]+)\/?(?:#(.*))?$/.exec(url);
    if (!m) return;
    const slug = decodeURIComponent(m[1] as string);
    const anchors = sources.get(slug);
    if (!anchors) {
      problems.push({
        file,
        line,
        message: `links to source "${slug}" (${url}), which does not exist`,
        fix: `add content/articles/${slug}.md, or link to one of the existing sources (see /sources/)`,
      });
    } else if (m[2] && !anchors.has(decodeURIComponent(m[2]))) {
      problems.push({
        file,
        line,
        message: `links to sentence "#${m[2]}" of source "${slug}", which has no such anchor`,
        fix: `open /sources/${slug}/ and copy the link of the sentence you mean (ids change when a sentence's text changes)`,
      });
    }
  };
  const visit = (node: Nodes) => {
    const line = node.position?.start.line;
    if (node.type === 'link' || node.type === 'definition') check(node.url, line);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
      for (const attr of node.attributes)
        if (attr.type === 'mdxJsxAttribute' && attr.name === 'href' && typeof attr.value === 'string')
          check(attr.value, line);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return problems;
}
