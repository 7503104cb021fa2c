/**
 * The write half of `npm run generate`: merges each generated MDX page into the file on disk
 * (keeping contributors' edits, see src/lib/merge/merge-page.ts), writes the page data files
 * (source pages, which nobody edits) as they are, checks every page's source links and parses every
 * page holding a person's text to validate it, writes what changed atomically and removes files that
 * are no longer generated.
 * With `dryRun` nothing is written: the report lists what would change (used by `--check`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, type Problem } from '../../src/lib/errors.ts';
import { validateYaml } from '../../src/lib/config/validate-yaml.ts';
import type { GeneratedPage } from '../../src/lib/generate/serialize.ts';
import { pageFrontmatterSchema } from '../../src/lib/schema/page.ts';
import {
  checkSourceLinks,
  findSourceLinks,
  type SourceAnchors,
  type SourceLink,
} from '../../src/lib/validate/page-links.ts';
import { codeVersion } from './extract-articles.ts';
import { listFiles, writeFileAtomic } from './fs.ts';

const root = join(import.meta.dirname, '..', '..');

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
  /**
   * A file remembering, per page, what merging and validating it gave the last time its inputs
   * were the same (see PageMemo); null or absent: every page is merged and validated.
   */
  memoFile?: string | null | undefined;
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

/** What validating a page's text found: problems in the text itself, and its links to sources. */
interface Validation {
  /** Syntax and frontmatter problems (they depend on the text only). */
  problems: Problem[];
  /** Links to source pages, checked against the sources of each run (they change when articles do). */
  links: SourceLink[];
}

// Merging and parsing MDX (micromark, mdast serialisation) are loaded only when a page is not in
// the memo: a run where nothing changed does not pay for loading them.
const mergeModule = () => import('../../src/lib/merge/merge-page.ts');
const parseModule = () => import('../../src/lib/merge/parse-page.ts');

/** Checks a page's text: frontmatter against the page schema; returns its source links to check. */
async function validateText(text: string, file: string): Promise<Validation> {
  const { parseMdx } = await parseModule();
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
    return { problems, links: findSourceLinks(tree) };
  } catch (e) {
    collect(problems, e);
    return { problems, links: [] };
  }
}

/**
 * What merging and validating one page gave, recorded when the page needed no write: merging is a
 * pure function of the generated page and the file's text, and validation of the text, so when
 * both are the same again (same `key`) the result is too and neither has to run (at 1,000 articles
 * they were most of a regeneration). A contributor's edit changes the file's text, hence the key.
 */
interface PageMemoEntry {
  /** Hash of the code, the page's path, the generated page and the text on disk. */
  key: string;
  /** For a planned page: hash of the code, the page's path, its inputs' key and the text on disk. */
  inputKey?: string | undefined;
  /** Notices merging gave. */
  notices: Problem[];
  /** Problems merging or validating gave (source links excepted). */
  problems: Problem[];
  /** The page's links to sources. */
  links: SourceLink[];
}

/** What `memoFile` holds: page path (as shown) → its entry, and data file path → its entry. */
interface PageMemo {
  /** Pages, by the path shown in messages. */
  pages: Record<string, PageMemoEntry>;
  /** Data pages, by path under the generated folder (so moving the project keeps the memo). */
  data: Record<string, DataMemoEntry>;
}

function readMemo(file: string | null | undefined): PageMemo {
  const empty: PageMemo = { pages: {}, data: {} };
  if (!file) return empty;
  try {
    const memo = JSON.parse(readFileSync(file, 'utf8')) as Partial<PageMemo> | null;
    return { pages: memo?.pages ?? {}, data: memo?.data ?? {} };
  } catch {
    return empty; // missing or corrupt: everything is merged and validated again
  }
}

/** Hash of the code whose output is memoised: the library (merge, serialise, validate, schemas) and this file. */
const memoVersion = () =>
  createHash('sha256')
    .update(codeVersion([join(root, 'src', 'lib')]))
    .update(readFileSync(import.meta.filename))
    .digest('hex');

/** A generated file written as it is: its path under the generated folder and its text. */
export interface DataPage {
  /** Path under the generated folder ("sources/<id>.json"). */
  path: string;
  /** The file's text, or a function reading it (from a cache) only when it is needed. */
  content: string | (() => string);
  /**
   * A hash of everything the text is made from, when the caller knows one: a file last written or
   * confirmed with the same key whose size and modification time are unchanged is not read again.
   */
  key?: string | undefined;
}

/** What is remembered about a data page: its key, and the size and time of the file holding its text. */
interface DataMemoEntry {
  /** The data page's key. */
  key: string;
  /** File size in bytes. */
  size: number;
  /** File modification time (ms). */
  mtimeMs: number;
}

/**
 * A generated page known by what it is built from: `key` hashes everything the page is made from
 * (see scripts/support/explainer-pages.ts), and `build` is called only when the memo does not
 * already know the page's outcome for that key and the file's text.
 */
export interface PlannedPage {
  /** The page's path, as GeneratedPage.path. */
  path: string;
  /** A hash of the page's inputs: equal keys give equal pages. */
  key: string;
  /** Builds the page. */
  build: () => GeneratedPage;
}

/** Merges, validates and writes the generated pages and data pages; validates the hand-written ones. */
export async function writePages(
  pages: ReadonlyArray<GeneratedPage | PlannedPage>,
  dataPages: readonly DataPage[],
  opts: WritePagesOptions,
): Promise<WritePagesReport> {
  const report: WritePagesReport = { changed: [], removed: [], problems: [], notices: [] };
  const keep = new Set<string>();
  const memo = readMemo(opts.memoFile);
  const nextMemo: PageMemo = { pages: {}, data: {} };
  for (const data of dataPages) {
    const file = join(opts.generatedDir, data.path);
    keep.add(file);
    const stat = data.key ? statSync(file, { throwIfNoEntry: false }) : undefined;
    const known = memo.data[data.path];
    if (stat && known && known.key === data.key && known.size === stat.size && known.mtimeMs === stat.mtimeMs) {
      nextMemo.data[data.path] = known;
      continue;
    }
    const content = typeof data.content === 'string' ? data.content : data.content();
    const same = existsSync(file) && readFileSync(file, 'utf8') === content;
    if (!same) {
      report.changed.push(file);
      if (opts.dryRun) continue;
      writeFileAtomic(file, content);
    }
    if (data.key) {
      const now = statSync(file);
      nextMemo.data[data.path] = { key: data.key, size: now.size, mtimeMs: now.mtimeMs };
    }
  }
  const version = opts.memoFile ? memoVersion() : '';
  const memoKey = (...parts: string[]) => {
    const hash = createHash('sha256').update(version);
    for (const part of parts) hash.update(part).update('\0');
    return hash.digest('hex');
  };
  for (const planned of pages) {
    const file = join(opts.generatedDir, `${planned.path}.mdx`);
    keep.add(file);
    const shown = opts.rel(file);
    const existing = existsSync(file) ? readFileSync(file, 'utf8') : null;
    // A planned page is first recognised by its inputs' key, so a remembered one is never built;
    // when its inputs changed, by the page built, which is often the same as before.
    const planKey = (text: string | null) =>
      opts.memoFile && 'build' in planned ? memoKey(shown, `planned\0${planned.key}`, text ?? '\0none') : undefined;
    const inputKey = planKey(existing);
    const known = memo.pages[shown];
    const remember = (entry: PageMemoEntry | undefined) => {
      if (!entry) return false;
      report.notices.push(...entry.notices);
      report.problems.push(...entry.problems, ...checkSourceLinks(entry.links, shown, opts.sources));
      nextMemo.pages[shown] = { ...entry, inputKey };
      return true;
    };
    if (inputKey && known?.inputKey === inputKey && remember(known)) continue;
    const page = 'build' in planned ? planned.build() : planned;
    // A page the generator cannot describe correctly is a bug here, not bad input: fail loudly.
    pageFrontmatterSchema.parse(page.frontmatter);
    const key = opts.memoFile ? memoKey(shown, JSON.stringify(page), existing ?? '\0none') : '';
    if (known?.key === key && remember(known)) continue;
    let text: string;
    let notices: Problem[];
    const { mergePage, isGeneratorsOwn } = await mergeModule();
    try {
      ({ text, notices } = mergePage(page, existing, shown));
    } catch (e) {
      const problems: Problem[] = [];
      collect(problems, e);
      report.problems.push(...problems);
      nextMemo.pages[shown] = { key, inputKey, notices: [], problems, links: [] };
      continue;
    }
    report.notices.push(...notices);
    // The generator's own text is not parsed back: it is serialised from a syntax tree whose
    // frontmatter the page schema has checked, so it parses (the serialiser's escaping has tests of
    // its own) and its links are the tree's. Parsing it was most of a cold run's page writing (2.4
    // of 3.5 s at 1,000 articles). A text holding a person's work is always parsed.
    const own = isGeneratorsOwn(page, text, existing, shown);
    const checked = own
      ? { problems: [], links: findSourceLinks({ type: 'root', children: page.body }) }
      : await validateText(text, shown);
    const problems = [...checked.problems, ...checkSourceLinks(checked.links, shown, opts.sources)];
    report.problems.push(...problems);
    // Recorded for the input of this run when the file is left as it is.
    if (problems.length || text === existing) {
      nextMemo.pages[shown] = { key, inputKey, notices, problems: checked.problems, links: checked.links };
      continue;
    }
    report.changed.push(file);
    if (opts.dryRun) continue;
    writeFileAtomic(file, text);
    // The next run's input is the text written now: merging it once more here (it is usually a
    // fixed point) records what that run would find, so it does not have to merge the page again.
    // The generator's own text is one (merge.test.ts: merging a page against its own output
    // changes nothing), so it is not parsed again to find that out.
    if (opts.memoFile) {
      let again: { text: string; notices: Problem[] } | undefined;
      try {
        again = own ? { text, notices: [] } : mergePage(page, text, shown);
      } catch {
        again = undefined; // not remembered: the next run merges the page and reports the problem
      }
      if (again?.text === text)
        nextMemo.pages[shown] = {
          key: memoKey(shown, JSON.stringify(page), text),
          inputKey: planKey(text),
          notices: again.notices,
          problems: checked.problems,
          links: checked.links,
        };
    }
  }
  for (const file of listFiles(opts.pagesDir, '.mdx')) {
    const shown = opts.rel(file);
    const text = readFileSync(file, 'utf8');
    const key = opts.memoFile ? memoKey(shown, text) : '';
    const known = memo.pages[shown];
    const checked = known && known.key === key ? known : await validateText(text, shown);
    nextMemo.pages[shown] = { key, notices: [], problems: checked.problems, links: checked.links };
    report.problems.push(...checked.problems, ...checkSourceLinks(checked.links, shown, opts.sources));
  }
  if (opts.memoFile && !opts.dryRun) writeFileAtomic(opts.memoFile, JSON.stringify(nextMemo));

  // Stale pages (an article or actor that is gone) are removed only after a clean run, so a bad
  // article never costs the site its last good page; a stale page holding a contributor's text is
  // never removed silently: the build stops and says what to do.
  const removable: string[] = listFiles(opts.generatedDir, '.json').filter((f) => !keep.has(f));
  for (const file of listFiles(opts.generatedDir, '.mdx').filter((f) => !keep.has(f))) {
    let contributions: string[];
    try {
      const empty: GeneratedPage = { path: '', frontmatter: {}, body: [] };
      const { mergePage } = await mergeModule();
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
