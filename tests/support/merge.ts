/** Reads a page written as plain MDX (frontmatter + body, no markers) into a GeneratedPage, for merge fixtures. */
import { parse } from 'yaml';
import type { GeneratedPage } from '../../src/lib/generate/serialize.ts';
import { parseMdx } from '../../src/lib/merge/parse-page.ts';

/** Returns the page the generator would have produced, given its MDX text. */
export function pageFromMdx(text: string, path = 'page'): GeneratedPage {
  const tree = parseMdx(text, `${path}.mdx`);
  const [first, ...rest] = tree.children;
  if (first?.type !== 'yaml') throw new Error('fixture page needs frontmatter');
  return { path, frontmatter: parse(first.value) as Record<string, unknown>, body: rest };
}
