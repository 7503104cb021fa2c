// Any code unit above 0x7f (both halves of a surrogate pair are), so no u flag is needed.
const NON_ASCII = /[\x80-\uffff]/;

/** Lower-cases, strips accents and straightens quotes so "Jean-Noël" and "Jean-Noel", "Türk" and "Turk" compare equal. */
export function foldText(s: string): string {
  // ASCII folds to its lower case; skipping the normalisation matters to callers that fold every token.
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .toLowerCase();
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A short, stable, URL-safe hash of a string (FNV-1a, 32 bit, base 36). */
export function shortHash(s: string): string {
  // FNV-1a rather than node:crypto so the function stays usable in the browser and in pure code.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, '0');
}

/** Turns a name into a URL slug ("Jean-Noël Barrot" → "jean-noel-barrot"). */
export function slugify(s: string): string {
  return foldText(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Strips accents and straightens quotes without changing the string's length, so offsets
 * found in the folded text are valid in the original. Case is kept.
 */
export function foldKeepLength(s: string): string {
  // ASCII is its own fold: most texts are all ASCII, and the rest only need their non-ASCII runs
  // rebuilt (a surrogate pair is never split: both halves are non-ASCII, so in the same run).
  if (!NON_ASCII.test(s)) return s;
  return s.replace(NON_ASCII_RUN, foldRun);
}

const NON_ASCII_RUN = /[\x80-\uffff]+/g;

// Each character's fold, as it is asked for: news text repeats a few (curly quotes, dashes, é)
// thousands of times, and normalising is far slower than a lookup.
const foldedChars = new Map<string, string>();

function foldRun(run: string): string {
  let out = '';
  for (const ch of run) {
    const known = foldedChars.get(ch);
    if (known !== undefined) {
      out += known;
      continue;
    }
    const base = ch
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
      .replace(/[\u201c\u201d\u201e\u2033]/g, '"');
    // Keep one output unit per input unit: astral characters (emoji) stay as they are.
    const folded = base.length === ch.length ? base : base.length > 0 && ch.length === 1 ? base[0]! : ch;
    // Bounded: a text in an unexpected script must not grow the table without limit.
    if (foldedChars.size < 4096) foldedChars.set(ch, folded);
    out += folded;
  }
  return out;
}

/** A set of the whitespace-separated words of a list written as one string ("said says told"). */
export function wordSet(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

// The code units JavaScript's `\s` matches (ECMAScript WhiteSpace and LineTerminator).
const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/**
 * The number of whitespace-separated words in `s` (as `s.split(/\s+/).filter(Boolean).length`),
 * counting no further than `atMost`.
 */
export function countWords(s: string, atMost = Infinity): number {
  // A loop rather than split: the line heuristics count the words of every line several times,
  // and most only need to know whether a line has more than a handful.
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n < atMost; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
