/** Serialises extracted data into the published `/data/*.json` files. */
import type { ArticleData } from '../pipeline.ts';

/** What each published data file holds of one article, in the file's order. */
export const DATA_FILES = {
  'sources.json': (a) => [a.source],
  'quotes.json': (a) => a.quotes,
  'quoted-words.json': (a) => a.quotedWords,
  'figures.json': (a) => a.figures,
  'positions.json': (a) => a.positions,
  'events.json': (a) => a.events,
  'arguments.json': (a) => a.arguments,
} satisfies Record<string, (a: Omit<ArticleData, 'doc'>) => readonly unknown[]>;

/** The name of a published data file. */
export type DataFileName = keyof typeof DATA_FILES;

/**
 * One article's part of a data file: its records as they appear inside the file's top-level array
 * (indented, no brackets), or '' when it has none. Parts are made one article at a time so a file
 * can be assembled from cached parts, byte for byte what serialising the whole array gives.
 */
export function dataFilePart(name: DataFileName, article: Omit<ArticleData, 'doc'>): string {
  const items = DATA_FILES[name](article);
  // `[\n  …\n]` → `  …`: the records are indented as inside the whole file's array.
  return items.length ? JSON.stringify(items, null, 2).slice(2, -2) : '';
}

/**
 * The text of a data file made of `parts` (in article order), piece by piece: at 10,000 articles
 * sources.json is hundreds of megabytes, too much to hold as one string next to everything else.
 * Separators and parts come as separate pieces, and a part may be the bytes of one already
 * written (a regeneration copies the unchanged parts from the file it replaces).
 */
export function* dataFileText<Part extends string | Uint8Array>(parts: Iterable<Part>): Generator<string | Part> {
  let first = true;
  for (const part of parts) {
    if (part.length === 0) continue;
    yield first ? '[\n' : ',\n';
    yield part;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

/**
 * Where each part lies in a data file of `size` bytes whose parts were `lengths` bytes long (in
 * order): the inverse of dataFileText. Null when the lengths cannot describe such a file.
 */
export function dataFilePartSpans(
  lengths: readonly number[],
  size: number,
): Array<[start: number, end: number]> | null {
  const spans: Array<[number, number]> = [];
  let at = 2; // after '[\n'
  let any = false;
  for (const length of lengths) {
    if (!Number.isInteger(length) || length < 0) return null;
    spans.push([at, at + length]);
    if (length > 0) {
      at += length + 2; // the part, then ',\n'
      any = true;
    }
  }
  // The last part is followed by '\n]\n' instead of ',\n'; no part at all is '[]\n'.
  return (any ? at + 1 : 3) === size ? spans : null;
}

/** Each article's part of data file `name`, made one at a time as they are asked for. */
export function* dataFileParts(name: DataFileName, articles: Iterable<Omit<ArticleData, 'doc'>>): Generator<string> {
  for (const article of articles) yield dataFilePart(name, article);
}

/** Joins the parts of a data file (in article order) into its text. */
export function joinDataFileParts(parts: Iterable<string>): string {
  return [...dataFileText(parts)].join('');
}

/** Returns file name → JSON text for sources, quotes, quoted words, figures, positions, events and arguments. */
export function buildDataFiles(articles: readonly ArticleData[]): Record<string, string> {
  return Object.fromEntries(
    Object.keys(DATA_FILES).map((name) => [name, joinDataFileParts(dataFileParts(name as DataFileName, articles))]),
  );
}
