/** Which files of the content folder are articles and inputs, and each article's slug (the page address under /sources/), refusing names that clash. */
import type { Problem } from './errors.ts';
import { slugify } from './text/fold.ts';

/**
 * Whether a file in content/articles is an article: a Markdown file, whatever the case of its
 * extension (`story.MD` saved by a Windows tool is an article, not a file to skip silently).
 */
export const isArticleFile = (name: string): boolean => /\.md$/i.test(name);

/** Files of the content folder itself that generate reads. */
const CONFIG_FILES = new Set(['topic.yaml', 'overrides.yaml']);

/** Whether `path` (relative to the content folder, `/`-separated) is a file generate reads: the topic, the overrides or an article. */
export function isGenerateInput(path: string): boolean {
  const [first, second, ...rest] = path.split('/');
  if (second === undefined) return CONFIG_FILES.has(first ?? '');
  return first === 'articles' && rest.length === 0 && isArticleFile(second);
}

/** Slugs by file name, and the files that could not be given one. */
export interface SlugAssignment {
  /** File name → slug, for every file that has a slug of its own. */
  slugs: Map<string, string>;
  /** One problem per file without a usable slug. */
  problems: Problem[];
}

/**
 * Derives each article's slug from its file name (lower case, letters, digits and hyphens, so
 * the address is the same on every file system) and reports names that yield no slug or the
 * same slug as another file: both files of a clash are left out, since neither owns the page.
 */
export function assignSlugs(fileNames: readonly string[], dir: string): SlugAssignment {
  const byslug = new Map<string, string[]>();
  const problems: Problem[] = [];
  for (const name of fileNames) {
    const slug = slugify(name.replace(/\.md$/i, ''));
    if (!slug) {
      problems.push({
        file: `${dir}/${name}`,
        message: 'expected a file name with letters or digits (it becomes the page address), found none',
        fix: 'rename the file, e.g. 2025-11-12-outlet-headline.md',
      });
      continue;
    }
    byslug.set(slug, [...(byslug.get(slug) ?? []), name]);
  }
  const slugs = new Map<string, string>();
  for (const [slug, names] of byslug) {
    if (names.length === 1) {
      slugs.set(names[0]!, slug);
      continue;
    }
    for (const name of names) {
      const others = names.filter((n) => n !== name).map((n) => `${dir}/${n}`);
      problems.push({
        file: `${dir}/${name}`,
        message: `two articles would have the same page /sources/${slug}/: this file and ${others.join(', ')}`,
        fix: 'rename one of the files (or delete it if it is the same article twice)',
      });
    }
  }
  return { slugs, problems };
}
