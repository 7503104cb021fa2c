/** Reads and writes article source files: YAML frontmatter between `---` lines, then the raw article text. */
import { stringify } from 'yaml';
import { InputError } from './errors.ts';
import { articleFrontmatterSchema, type ArticleFrontmatter } from './schema/article.ts';
import { validateYaml } from './config/validate-yaml.ts';

/** A parsed source file. */
export interface SourceFile {
  /** Validated frontmatter. */
  frontmatter: ArticleFrontmatter;
  /** The article text as pasted, web chrome included. */
  body: string;
}

/** Parses a source file; throws InputError naming the file and line of each problem. */
export function parseSourceFile(text: string, file: string): SourceFile {
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
  const frontmatter = validateYaml(m[1] ?? '', articleFrontmatterSchema, file, 1);
  return { frontmatter, body: normalized.slice(m[0].length) };
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
