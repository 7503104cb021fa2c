/**
 * CLI: turns a pasted article (plain text) into content/articles/<slug>.md with frontmatter
 * inferred from the text; flags override what was inferred.
 * Usage: npm run add-source -- <file.txt> [--title …] [--outlet …] [--url …] [--published YYYY-MM-DD]
 *        [--authors "A; B"] [--slug …] [--force] [--out-dir DIR]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSourceFile, type SourceOverrides } from '../src/lib/add-source.ts';
import { InputError, formatProblem } from '../src/lib/errors.ts';
import { decodeText } from '../src/lib/decode-text.ts';
import { WriteError, writeFileAtomic } from './support/fs.ts';

const USAGE = `Usage: npm run add-source -- <file.txt> [options]

Creates content/articles/<slug>.md from a pasted article. Title, date, authors and outlet are read
from the text where it shows them; these flags set or override them (an empty value means "none"):
  --title "…"             headline
  --outlet "…"            publication
  --url https://…         address of the article
  --published YYYY-MM-DD  publication date
  --authors "A; B"        authors, separated by semicolons
  --slug name             file name (default: date and title)
  --force                 overwrite an existing file
  --out-dir DIR           write into DIR instead of content/articles`;

const root = join(import.meta.dirname, '..');
const rel = (p: string): string => relative(process.cwd(), p) || p;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      outlet: { type: 'string' },
      url: { type: 'string' },
      published: { type: 'string' },
      authors: { type: 'string' },
      slug: { type: 'string' },
      force: { type: 'boolean', default: false },
      'out-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (e) {
  fail(`add-source: ${(e as Error).message}\n\n${USAGE}`);
}
const { values: args, positionals } = parsed;
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const input = positionals[0];
if (!input || positionals.length > 1)
  fail(`add-source: expected exactly one input file, got ${positionals.length}\n\n${USAGE}`);

let raw: string;
try {
  // Decode strictly so a Latin-1 or binary file is reported instead of written with U+FFFD in it.
  raw = decodeText(readFileSync(input), rel(input));
} catch (e) {
  if (e instanceof InputError) fail(e.problems.map(formatProblem).join('\n'));
  const err = e as NodeJS.ErrnoException;
  const why =
    err.code === 'ENOENT'
      ? 'does not exist'
      : err.code === 'EISDIR'
        ? 'is a directory, not a file'
        : err.code === 'EACCES'
          ? 'cannot be read (permission denied)'
          : `cannot be read (${err.message})`;
  fail(`${rel(input)}: ${why}. Fix: pass the path of a plain-text (UTF-8) file holding the article`);
}

const overrides: SourceOverrides = {};
if (args.title !== undefined) overrides.title = args.title;
if (args.outlet !== undefined) overrides.outlet = args.outlet;
if (args.url !== undefined) overrides.url = args.url;
if (args.published !== undefined) overrides.published = args.published;
if (args.authors !== undefined) overrides.authors = args.authors.split(';');
if (args.slug !== undefined) overrides.slug = args.slug;

let built;
try {
  built = buildSourceFile(raw, overrides, rel(input));
} catch (e) {
  if (e instanceof InputError) fail(e.problems.map(formatProblem).join('\n'));
  throw e;
}

for (const { field, value, rule } of built.inferred) console.log(`inferred ${field}: ${value}  (${rule})`);
for (const field of built.fromFlags) console.log(`from flag ${field}: ${JSON.stringify(built.frontmatter[field])}`);
for (const { field, hint } of built.missing) console.log(`not found ${field}: ${hint}`);

const outDir = args['out-dir'] ?? join(root, 'content', 'articles');
const target = join(outDir, `${built.slug}.md`);
if (existsSync(target) && !args.force) {
  fail(`${rel(target)} already exists. Fix: pass --force to overwrite it, or --slug <name> to write a new file`);
}
try {
  writeFileAtomic(target, built.content);
} catch (e) {
  if (!(e instanceof WriteError)) throw e;
  fail(
    `${rel(target)}: expected to write the new article here, but ${e.reason}. Fix: pass --out-dir <a writable folder>`,
  );
}
console.log(`wrote ${rel(target)}`);
