/**
 * Renders generated mdast to HTML, for the parts of pages rendered from data rather than compiled
 * as MDX. Runs the same remark → rehype steps as the site's Markdown processor (astro.config.mjs).
 */
import type { Root, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';

const processor = unified().use(remarkRehype).use(rehypeSlug).use(rehypeStringify);

/** Returns the HTML of mdast nodes; text is escaped by the serialiser, so it can never become markup. */
export function mdastToHtml(nodes: RootContent[]): string {
  const tree: Root = { type: 'root', children: nodes };
  return processor.stringify(processor.runSync(tree));
}
