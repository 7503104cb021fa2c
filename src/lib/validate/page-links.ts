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

/** A link to a source page found in a page. */
export interface SourceLink {
  /** The link's URL as written. */
  url: string;
  /** Its line in the page, when known. */
  line?: number | undefined;
}

const SOURCE_URL = /^\/sources\/([^/#?]+)\/?(?:#(.*))?$/;

/** Returns the links to source pages in `tree`, the parsed MDX of a page (see parseMdx), in page order. */
export function findSourceLinks(tree: Root): SourceLink[] {
  const links: SourceLink[] = [];
  const add = (url: string, line: number | undefined) => {
    if (SOURCE_URL.test(url)) links.push(line === undefined ? { url } : { url, line });
  };
  const visit = (node: Nodes) => {
    const line = node.position?.start.line;
    if (node.type === 'link' || node.type === 'definition') add(node.url, line);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
      for (const attr of node.attributes)
        if (attr.type === 'mdxJsxAttribute' && attr.name === 'href' && typeof attr.value === 'string')
          add(attr.value, line);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return links;
}

/** Returns one problem per link in `links` (found in `file`) to a missing source or anchor. */
export function checkSourceLinks(links: readonly SourceLink[], file: string, sources: SourceAnchors): Problem[] {
  const problems: Problem[] = [];
  for (const { url, line } of links) {
    const m = SOURCE_URL.exec(url);
    if (!m) continue;
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
  }
  return problems;
}

/** Returns one problem per link to a missing source or anchor in `tree`, the parsed MDX of `file` (see parseMdx). */
export function checkPageLinks(tree: Root, file: string, sources: SourceAnchors): Problem[] {
  return checkSourceLinks(findSourceLinks(tree), file, sources);
}
