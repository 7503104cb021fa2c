/** Reads and writes article source files: YAML frontmatter between `---` lines, then the raw article text. */
import { stringify } from 'yaml';
import { InputError } from './errors.ts';
import { articleFrontmatterSchema, type ArticleFrontmatter } from './schema/article.ts';
import { validateYaml } from './config/validate-yaml.ts';

// What to write in each frontmatter field, shown when a value is wrong.
const FIELD_HINTS: Record<string, string> = {
  title: 'write the headline in double quotes, or null if the text shows none',
  outlet: "write the outlet's name in double quotes, or null if the text does not say",
  url: 'write the full address (https://…), or null if it is not known',
  published: 'write a real calendar date as YYYY-MM-DD, or null if the text shows no date',
  authors: 'list the authors as [Jane Doe, John Roe], or [] if none are shown',
};

/** A parsed source file. */
export interface SourceFile {
  /** Validated frontmatter. */
  frontmatter: ArticleFrontmatter;
  /** The article text as pasted, web chrome included. */
  body: string;
}

/** Options of parseSourceFile. */
export interface ParseSourceOptions {
  /**
   * Today's date (YYYY-MM-DD, UTC). When given, a `published` date after it is refused; one day
   * of slack covers time zones ahead of UTC.
   */
  today?: string | undefined;
}

// Limits that keep one pasted file from stalling the build for everyone: ten times the longest
// news article, and paragraphs far longer than any real one (sentence analysis grows with length).
const MAX_ARTICLE_CHARS = 1_000_000;
const MAX_LINE_CHARS = 50_000;

const dayAfter = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

// The schema refusing dates after a given day, one per day: zod compiles a schema on its first
// parse, which a new refinement for every article of a run would repeat for each of them.
const schemasUntil = new Map<string, ReturnType<typeof refineUntil>>();
const refineUntil = (today: string) => {
  const latest = dayAfter(today);
  return articleFrontmatterSchema.refine((fm) => fm.published === null || fm.published <= latest, {
    path: ['published'],
    message: `this date is in the future (today is ${today})`,
  });
};
const schemaUntil = (today: string) => {
  let schema = schemasUntil.get(today);
  if (!schema) schemasUntil.set(today, (schema = refineUntil(today)));
  return schema;
};

/** Parses a source file; throws InputError naming the file and line of each problem. */
export function parseSourceFile(text: string, file: string, opts: ParseSourceOptions = {}): SourceFile {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = /^---\n([\s\S]*?)\n?---(?:\n|$)/.exec(normalized);
  if (!m) {
    throw new InputError([
      {
        file,
        line: 1,
        message: 'expected YAML frontmatter between two "---" lines at the top of the file, found none',
        fix: 'run `npm run add-source -- <raw.txt>` to create the file, or add the frontmatter block (title, outlet, url, published, authors)',
      },
    ]);
  }
  const schema = opts.today ? schemaUntil(opts.today) : articleFrontmatterSchema;
  const frontmatter = validateYaml(m[1] ?? '', schema, file, 1, FIELD_HINTS);
  const body = normalized.slice(m[0].length);
  const bodyLine = (m[0].match(/\n/g)?.length ?? 0) + 1;
  const refuse = (line: number, message: string, fix: string): never => {
    throw new InputError([{ file, line, message, fix }]);
  };
  if (body.trim() === '') {
    refuse(
      bodyLine,
      'expected the article text after the frontmatter, found nothing',
      'paste the article text below the closing "---" line, or delete the file',
    );
  }
  if (body.length > MAX_ARTICLE_CHARS) {
    refuse(
      bodyLine,
      `expected an article of at most ${MAX_ARTICLE_CHARS.toLocaleString('en-US')} characters (a long feature has about 50,000), found ${body.length.toLocaleString('en-US')}`,
      'keep only the article itself, or split a collection into one file per article',
    );
  }
  const lines = body.split('\n');
  const long = lines.findIndex((l) => l.length > MAX_LINE_CHARS);
  if (long >= 0) {
    refuse(
      bodyLine + long,
      `expected paragraphs of at most ${MAX_LINE_CHARS.toLocaleString('en-US')} characters, found a line of ${lines[long]!.length.toLocaleString('en-US')}: the line breaks were probably lost when pasting`,
      'put each paragraph of the article on a line of its own',
    );
  }
  return { frontmatter, body };
}

/** Serialises frontmatter and body into a source file, fields in schema order. */
export function serializeSourceFile({ frontmatter, body }: SourceFile): string {
  const ordered: ArticleFrontmatter = {
    title: frontmatter.title,
    outlet: frontmatter.outlet,
    url: frontmatter.url,
    published: frontmatter.published,
    authors: frontmatter.authors,
  };
  return `---\n${stringify(ordered, { lineWidth: 0 })}---\n${body.endsWith('\n') ? body : `${body}\n`}`;
}
