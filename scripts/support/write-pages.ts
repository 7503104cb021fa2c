/**
 * The write half of `npm run generate`: merges each generated MDX page into the file on disk
 * (keeping contributors' edits, see src/lib/merge/merge-page.ts), writes the page data files
 * (source pages, which nobody edits) as they are, validates every page's frontmatter and source
 * links, writes what changed atomically and removes files that are no longer generated.
 * With `dryRun` nothing is written: the report lists what would change (used by `--check`).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, type Problem } from '../../src/lib/errors.ts';
import { validateYaml } from '../../src/lib/config/validate-yaml.ts';
import type { GeneratedPage } from '../../src/lib/generate/serialize.ts';
import { mergePage } from '../../src/lib/merge/merge-page.ts';
import { parseMdx } from '../../src/lib/merge/parse-page.ts';
import { pageFrontmatterSchema } from '../../src/lib/schema/page.ts';
import { checkPageLinks, type SourceAnchors } from '../../src/lib/validate/page-links.ts';
import { listFiles, writeFileAtomic } from './fs.ts';

/** Where pages go and what they may link to. */
export interface WritePagesOptions {
  /** Folder of generated pages (content/generated). */
  generatedDir: string;
  /** Folder of hand-written pages (content/pages), validated but never written. */
  pagesDir: string;
  /** Sources and their anchors, for link checks. */
  sources: SourceAnchors;
  /** Report only; write and remove nothing. */
  dryRun: boolean;
  /** Remove pages that are no longer generated (only after a run without problems). */
  removeStale: boolean;
  /** Turns an absolute path into the path shown in messages. */
  rel: (file: string) => string;
}

/** What writePages did (or, in a dry run, would do). */
export interface WritePagesReport {
  /** Files written (or that would be) because their content changed. */
  changed: string[];
  /** Files removed (or that would be). */
  removed: string[];
  /** Problems that stop the build; the files concerned were not written. */
  problems: Problem[];
  /** Things to tell the contributor; the build goes on. */
  notices: Problem[];
}

const collect = (problems: Problem[], e: unknown) => {
  if (e instanceof InputError) problems.push(...e.problems);
  else throw e;
};

/** Checks a page's text: frontmatter against the page schema, links against the known sources. */
function validatePage(text: string, file: string, sources: SourceAnchors): Problem[] {
  const problems: Problem[] = [];
  try {
    const tree = parseMdx(text, file);
    const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0].value : '';
    try {
      // The frontmatter starts on line 2, after the opening `---`.
      validateYaml(yaml, pageFrontmatterSchema, file, 1);
    } catch (e) {
      collect(problems, e);
    }
    problems.push(...checkPageLinks(tree, file, sources));
  } catch (e) {
    collect(problems, e);
  }
  return problems;
}

/** A generated file written as it is: its path under the generated folder and its text. */
export interface DataPage {
  /** Path under the generated folder ("sources/<id>.json"). */
  path: string;
  /** The file's text. */
  content: string;
}

/** Merges, validates and writes the generated pages and data pages; validates the hand-written ones. */
export function writePages(
  pages: readonly GeneratedPage[],
  dataPages: readonly DataPage[],
  opts: WritePagesOptions,
): WritePagesReport {
  const report: WritePagesReport = { changed: [], removed: [], problems: [], notices: [] };
  const keep = new Set<string>();
  for (const data of dataPages) {
    const file = join(opts.generatedDir, data.path);
    keep.add(file);
    if (existsSync(file) && readFileSync(file, 'utf8') === data.content) continue;
    report.changed.push(file);
    if (!opts.dryRun) writeFileAtomic(file, data.content);
  }
  for (const page of pages) {
    // A page the generator cannot describe correctly is a bug here, not bad input: fail loudly.
    pageFrontmatterSchema.parse(page.frontmatter);
    const file = join(opts.generatedDir, `${page.path}.mdx`);
    keep.add(file);
    const shown = opts.rel(file);
    const existing = existsSync(file) ? readFileSync(file, 'utf8') : null;
    let text: string;
    try {
      const merged = mergePage(page, existing, shown);
      report.notices.push(...merged.notices);
      text = merged.text;
    } catch (e) {
      collect(report.problems, e);
      continue;
    }
    const problems = validatePage(text, shown, opts.sources);
    report.problems.push(...problems);
    if (problems.length || text === existing) continue;
    report.changed.push(file);
    if (!opts.dryRun) writeFileAtomic(file, text);
  }
  for (const file of listFiles(opts.pagesDir, '.mdx'))
    report.problems.push(...validatePage(readFileSync(file, 'utf8'), opts.rel(file), opts.sources));

  // Stale pages (an article or actor that is gone) are removed only after a clean run, so a bad
  // article never costs the site its last good page; a stale page holding a contributor's text is
  // never removed silently: the build stops and says what to do.
  const removable: string[] = listFiles(opts.generatedDir, '.json').filter((f) => !keep.has(f));
  for (const file of listFiles(opts.generatedDir, '.mdx').filter((f) => !keep.has(f))) {
    let contributions: string[];
    try {
      const empty: GeneratedPage = { path: '', frontmatter: {}, body: [] };
      contributions = mergePage(empty, readFileSync(file, 'utf8'), opts.rel(file)).contributions;
    } catch (e) {
      collect(report.problems, e);
      continue;
    }
    if (contributions.length)
      report.problems.push({
        file: opts.rel(file),
        message: `this page is no longer generated (its article, actor or section is gone) but holds your edits: ${contributions.join(', ')}`,
        fix: 'move what you want to keep to another page (hand-written pages live in content/pages/), then delete this file',
      });
    else removable.push(file);
  }
  if (opts.removeStale && report.problems.length === 0)
    for (const file of removable.sort()) {
      report.removed.push(file);
      if (!opts.dryRun) rmSync(file);
    }
  return report;
}
