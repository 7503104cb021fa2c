/** Builds a source file (frontmatter + raw text) from a pasted article: the pure core of `npm run add-source`. */
import { InputError, type Problem } from './errors.ts';
import { inferMetadata } from './extract/metadata.ts';
import { articleFrontmatterSchema, isoDate, type ArticleFrontmatter } from './schema/article.ts';
import { serializeSourceFile } from './source-file.ts';
import { shortHash, slugify } from './text/fold.ts';

/** A frontmatter field the command fills. */
export type SourceField = 'title' | 'outlet' | 'url' | 'published' | 'authors';

/** Values given on the command line; they win over what is inferred. `null` means "the text shows none". */
export interface SourceOverrides {
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  published?: string | null;
  authors?: string[];
  slug?: string;
}

/** The file to write and an account of where each value came from. */
export interface BuiltSource {
  /** File name without `.md`. */
  slug: string;
  frontmatter: ArticleFrontmatter;
  /** The article text as given (line ends normalised to \n, web chrome included). */
  body: string;
  /** The full file content. */
  content: string;
  /** Fields taken from the text, with the rule that found each. */
  inferred: Array<{ field: SourceField; value: string; rule: string }>;
  /** Fields set by a flag. */
  fromFlags: SourceField[];
  /** Fields neither inferred nor given, with a line saying which flag sets them. */
  missing: Array<{ field: SourceField; hint: string }>;
}

const FLAG_HINTS: Record<SourceField, string> = {
  title: 'no headline found in the text; set it with --title "…"',
  outlet: 'no outlet shown in the text (byline credit, e-mail domain or copyright line); set it with --outlet "…"',
  url: 'a URL is never inferred; set it with --url https://…',
  published: 'no dateline found near the top of the text; set it with --published YYYY-MM-DD',
  authors: 'no byline or contact footer found; set them with --authors "First Author; Second Author"',
};

// Keeps file names readable; long headlines are cut at a word boundary.
const MAX_TITLE_SLUG = 60;

function titleSlug(s: string): string {
  const full = slugify(s);
  if (full.length <= MAX_TITLE_SLUG) return full;
  const cut = full.slice(0, MAX_TITLE_SLUG + 1);
  const at = cut.lastIndexOf('-');
  return at > 20 ? cut.slice(0, at) : full.slice(0, MAX_TITLE_SLUG);
}

/** The file name for an article: date and title ("2025-11-12-colombia-halts-…"), or the raw file's name when there is no title. */
export function deriveSlug(published: string | null, title: string | null, fileName: string): string {
  const base = fileName.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, '');
  const words = (title ? titleSlug(title) : '') || titleSlug(base);
  return [published, words].filter(Boolean).join('-') || `source-${shortHash(base)}`;
}

/**
 * Validates the raw text, infers metadata, applies the overrides and serialises the source file.
 * Throws InputError naming `file` when the text is empty or binary or a value is invalid.
 */
export function buildSourceFile(raw: string, overrides: SourceOverrides, file: string): BuiltSource {
  const problem = (message: string, fix: string): InputError => new InputError([{ file, message, fix }]);
  if (raw.includes('\u0000')) {
    throw problem(
      'contains NUL bytes, so it is a binary file, not a text article',
      'save the article as plain UTF-8 text (.txt) and pass that file',
    );
  }
  const body = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (body.trim() === '') throw problem('is empty', 'paste the article text into the file and run the command again');
  if (/^---\n[\s\S]*?\n---(\n|$)/.test(body)) {
    throw problem(
      'already starts with a frontmatter block, so it looks like a source file rather than raw text',
      'copy it into content/articles/ directly, or remove the frontmatter block and run the command again',
    );
  }

  const problems: Problem[] = [];
  if (overrides.published && !isoDate.safeParse(overrides.published).success) {
    problems.push({
      file,
      message: `--published "${overrides.published}" is not a calendar date written YYYY-MM-DD`,
      fix: 'pass --published like 2025-11-12, or leave it out to use the date found in the text',
    });
  }
  if (overrides.slug !== undefined && slugify(overrides.slug) === '') {
    problems.push({
      file,
      message: `--slug "${overrides.slug}" has no letters or digits`,
      fix: 'pass a slug such as 2025-11-12-allies-halt-sharing',
    });
  }
  if (problems.length) throw new InputError(problems);

  const guessed = inferMetadata(body);
  const inferred: BuiltSource['inferred'] = [];
  const fromFlags: SourceField[] = [];
  const pick = (field: 'title' | 'outlet' | 'published', given: string | null | undefined): string | null => {
    if (given !== undefined) {
      fromFlags.push(field);
      return given === null || given.trim() === '' ? null : given.trim();
    }
    const value = guessed[field];
    if (value !== null) inferred.push({ field, value, rule: guessed.rules[field] ?? 'inferred' });
    return value;
  };
  const title = pick('title', overrides.title);
  const outlet = pick('outlet', overrides.outlet);
  const published = pick('published', overrides.published);
  let url: string | null = null;
  if (overrides.url !== undefined) {
    fromFlags.push('url');
    url = overrides.url === null || overrides.url.trim() === '' ? null : overrides.url.trim();
  }
  let authors: string[];
  if (overrides.authors !== undefined) {
    fromFlags.push('authors');
    authors = overrides.authors.map((a) => a.trim()).filter(Boolean);
  } else {
    authors = guessed.authors;
    if (authors.length)
      inferred.push({ field: 'authors', value: authors.join('; '), rule: guessed.rules.authors ?? 'inferred' });
  }

  const parsed = articleFrontmatterSchema.safeParse({ title, outlet, url, published, authors });
  if (!parsed.success) {
    throw new InputError(
      parsed.error.issues.map((issue) => {
        const field = String(issue.path[0] ?? 'frontmatter');
        return { file, message: `${field}: ${issue.message}`, fix: `pass a valid value with --${field}` };
      }),
    );
  }
  const frontmatter = parsed.data;
  const missing: BuiltSource['missing'] = (['title', 'outlet', 'url', 'published', 'authors'] as const)
    .filter(
      (f) => (f === 'authors' ? frontmatter.authors.length === 0 : frontmatter[f] === null) && !fromFlags.includes(f),
    )
    .map((field) => ({ field, hint: FLAG_HINTS[field] }));

  const slug =
    overrides.slug !== undefined ? slugify(overrides.slug) : deriveSlug(frontmatter.published, frontmatter.title, file);
  return { slug, frontmatter, body, content: serializeSourceFile({ frontmatter, body }), inferred, fromFlags, missing };
}
