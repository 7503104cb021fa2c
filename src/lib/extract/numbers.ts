/**
 * Finds numeric expressions in English news text: digits, written-out numbers, percentages,
 * money, shares ("four out of five") and the qualifiers in front of them ("nearly", "at least").
 *
 * Hand-written rather than taken from a library: on the seed articles compromise read
 * "nearly two dozen" as 2 and "$10 billion" as $10, and the Microsoft recogniser found "cent"
 * inside "recent", 7 in "Group of Seven" and took seconds per article; neither returns qualifiers,
 * and neither tells a year, a date or an age from a count. Every mention is returned with a
 * `kind`, so callers can drop dates, years, ages and labels instead of guessing again.
 */
import type { Qualifier } from '../schema/data.ts';

/** What a numeric expression is: a quantity, or something that only looks like one. */
export type NumberKind =
  'count' | 'percent' | 'money' | 'share' | 'year' | 'date' | 'time' | 'age' | 'ordinal' | 'label' | 'phone' | 'url';

/** One numeric expression found in a text. */
export interface NumberMention {
  /** The number: percentages as 85, shares as percentages, money in units of the currency. */
  value: number;
  /** What kind of expression it is; only count, percent, money and share are quantities. */
  kind: NumberKind;
  /** "percent", a currency code ("USD"), a unit glued on with a hyphen ("years" in "45-year"), or null. */
  unit: string | null;
  /** The qualifier in front of (or after) the number; "exact" when there is none. */
  qualifier: Qualifier;
  /** Offset of the expression, including its qualifier. */
  start: number;
  /** Offset after the expression, including a glued-on unit or trailing qualifier. */
  end: number;
  /** Offset where the number itself (or its currency sign) starts, after the qualifier. */
  numberStart: number;
  /** The expression exactly as in the text, from `start` to `end`. */
  text: string;
  /** True when the number is spelled out in words ("two dozen", "a million"). */
  written: boolean;
}

/** True for the kinds that state a quantity (as opposed to dates, years, ages, labels). */
export function isQuantity(m: NumberMention): boolean {
  return m.kind === 'count' || m.kind === 'percent' || m.kind === 'money' || m.kind === 'share';
}

interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  type: 'num' | 'word' | 'sym';
  /** Whitespace (or the start of the text) precedes the token. */
  gap: boolean;
}

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  // Words do not swallow hyphens here: "twenty-one", "two-thirds" and "45-year-old" are read
  // token by token. Whole words also keep "cent" in "recent" from reading as a percent.
  // The alternative that matched gives the type: a token starts with a digit only in the first, with a letter only in the second.
  const re = /(\d+(?:[.,]\d+)*)|(\p{L}+(?:['’]\p{L}+)*)|\S/gu;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const s = m[0];
    const type: Tok['type'] = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'sym';
    out.push({
      text: s,
      lower: s.toLowerCase(),
      start,
      end: start + s.length,
      type,
      gap: start === 0 || /\s/.test(text[start - 1] ?? ' '),
    });
  }
  return out;
}

// Word tables are Maps, not object literals: `word in table` is true for "constructor" and the
// other names an object inherits, and a Map lookup does not intern every word it is asked about.
const UNITS = new Map<string, number>(
  Object.entries({
    zero: 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
  }),
);
const TENS = new Map<string, number>(
  Object.entries({
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
  }),
);
const SCALES = new Map<string, number>(Object.entries({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }));
/** Abbreviated scales glued to a number ("2bn", "€5m"); "m" and "k" only count next to a currency, since "5m" may be metres. */
const SHORT_SCALES = new Map<string, number>(
  Object.entries({ bn: 1e9, b: 1e9, mn: 1e6, mln: 1e6, m: 1e6, k: 1e3, tn: 1e12, tr: 1e12 }),
);
const AMBIGUOUS_SHORT = new Set(['m', 'k', 'b']);
const DENOMINATORS = new Map<string, number>(
  Object.entries({
    half: 2,
    halves: 2,
    third: 3,
    thirds: 3,
    quarter: 4,
    quarters: 4,
    fourth: 4,
    fourths: 4,
    fifth: 5,
    fifths: 5,
    sixth: 6,
    sixths: 6,
    seventh: 7,
    sevenths: 7,
    eighth: 8,
    eighths: 8,
    ninth: 9,
    ninths: 9,
    tenth: 10,
    tenths: 10,
  }),
);
const CURRENCY_SIGNS = new Map<string, string>(
  Object.entries({ $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' }),
);
const CURRENCY_CODES = new Set(['USD', 'EUR', 'GBP', 'JPY', 'CAD', 'AUD', 'CHF', 'CNY', 'MXN', 'COP', 'BRL', 'INR']);
const CURRENCY_WORDS = new Map<string, string>(
  Object.entries({ dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR' }),
);
/** Prefixes glued to "$" that name another dollar ("C$5m", "A$2bn"); "US$" is plain USD. */
const DOLLAR_PREFIXES = new Map<string, string>(
  Object.entries({
    us: 'USD',
    c: 'CAD',
    ca: 'CAD',
    a: 'AUD',
    au: 'AUD',
    nz: 'NZD',
    hk: 'HKD',
    s: 'SGD',
  }),
);
const MONTH =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;

/** Qualifier phrases before a number, tried longest first so "well over" beats "over". */
const QUALIFIERS: Array<[string[], Qualifier]> = (
  [
    ['no fewer than', 'at least'],
    ['no less than', 'at least'],
    ['not less than', 'at least'],
    ['at least', 'at least'],
    ['a minimum of', 'at least'],
    ['more than', 'more than'],
    ['upwards of', 'more than'],
    ['in excess of', 'more than'],
    ['well over', 'over'],
    ['just over', 'over'],
    ['slightly over', 'over'],
    ['over', 'over'],
    ['north of', 'over'],
    ['well above', 'over'],
    ['above', 'over'],
    ['nearly', 'nearly'],
    ['almost', 'nearly'],
    ['close to', 'nearly'],
    ['just shy of', 'nearly'],
    ['just under', 'nearly'],
    ['approximately', 'about'],
    ['approx', 'about'],
    ['about', 'about'],
    ['around', 'about'],
    ['roughly', 'about'],
    ['some', 'about'],
    ['an estimated', 'about'],
    ['estimated', 'about'],
    ['circa', 'about'],
    ['up to', 'up to'],
    ['as many as', 'up to'],
    ['as much as', 'up to'],
    ['at most', 'up to'],
    ['no more than', 'up to'],
    ['not more than', 'up to'],
    ['fewer than', 'less than'],
    ['less than', 'less than'],
    ['under', 'less than'],
    ['below', 'less than'],
  ] as Array<[string, Qualifier]>
)
  .map(([p, q]): [string[], Qualifier] => [p.split(' '), q])
  .sort((a, b) => b[0].length - a[0].length);

/** Qualifier words that are also common prepositions ("over two decades", "under two treaties"). */
const PREPOSITION_QUALIFIERS = new Set(['over', 'under', 'above', 'below']);

/** Plural nouns that follow a count and never a year ("1500 people"), so a bare four-digit number before them is a count. */
const COUNT_NOUNS = new Set([
  'people',
  'persons',
  'individuals',
  'troops',
  'soldiers',
  'civilians',
  'tons',
  'tonnes',
  'kilograms',
  'kilos',
  'pounds',
  'barrels',
  'dollars',
  'euros',
  'miles',
  'kilometres',
  'kilometers',
  'km',
  'feet',
  'metres',
  'meters',
  'vessels',
  'boats',
  'ships',
  'strikes',
  'migrants',
  'refugees',
  'members',
  'cases',
  'deaths',
  'arrests',
]);

interface Core {
  value: number;
  /** Index of the last token consumed. */
  last: number;
  written: boolean;
  kind: NumberKind;
  unit: string | null;
}

function isWordAt(toks: Tok[], i: number, ...words: string[]): boolean {
  const t = toks[i];
  return !!t && t.type === 'word' && words.includes(t.lower);
}

/** Glued to the previous token with no space ("-" in "twenty-one"). */
function glued(toks: Tok[], i: number): boolean {
  const t = toks[i];
  return !!t && !t.gap;
}

function digitValue(s: string): number | null {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  // Continental thousands separators ("1.000.000"); a single group stays a decimal ("1.500" = 1.5).
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(s)) return Number(s.replace(/\./g, ''));
  return null;
}

/** Parses a spelled-out number starting at token i ("two dozen", "a million", "one hundred and five"). */
function parseWritten(toks: Tok[], i: number): { value: number; last: number } | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let last = i - 1;
  let prev: 'start' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'dozen' = 'start';
  let j = i;
  const first = toks[i];
  if (!first || first.type !== 'word') return null;
  // "a million", "a dozen", "half a million": the article stands for one only before a scale.
  if (first.lower === 'a' || first.lower === 'an' || first.lower === 'half') {
    let k = i + 1;
    if (first.lower === 'half' && isWordAt(toks, k, 'a', 'an')) k++;
    else if (first.lower === 'half') return null;
    const t = toks[k];
    if (!t || t.type !== 'word' || !(SCALES.has(t.lower) || t.lower === 'hundred' || t.lower === 'dozen')) return null;
    current = first.lower === 'half' ? 0.5 : 1;
    seen = true;
    j = k;
    prev = 'unit';
  }
  for (; j < toks.length; j++) {
    const t = toks[j];
    if (!t || t.type !== 'word') break;
    const w = t.lower;
    if (UNITS.has(w)) {
      if (prev === 'unit' || prev === 'teen' || prev === 'dozen') break;
      if (prev === 'tens' && (UNITS.get(w) ?? 0) >= 10) break;
      current += UNITS.get(w) ?? 0;
      prev = (UNITS.get(w) ?? 0) >= 10 ? 'teen' : 'unit';
    } else if (TENS.has(w)) {
      if (prev === 'unit' || prev === 'teen' || prev === 'tens' || prev === 'dozen') break;
      current += TENS.get(w) ?? 0;
      prev = 'tens';
      // "twenty-one": the hyphen is its own token, glued on both sides.
      const h = toks[j + 1];
      const u = toks[j + 2];
      if (
        h?.text === '-' &&
        glued(toks, j + 1) &&
        u &&
        glued(toks, j + 2) &&
        u.type === 'word' &&
        (UNITS.get(u.lower) ?? 0) > 0 &&
        (UNITS.get(u.lower) ?? 0) < 10
      ) {
        current += UNITS.get(u.lower) ?? 0;
        j += 2;
        prev = 'unit';
      }
    } else if (w === 'hundred') {
      if (!seen || prev === 'hundred') break;
      current = (current || 1) * 100;
      prev = 'hundred';
    } else if (SCALES.has(w)) {
      if (!seen) break;
      total += (current || 1) * (SCALES.get(w) ?? 1);
      current = 0;
      prev = 'scale';
    } else if (w === 'dozen') {
      if (!seen || prev === 'dozen') break;
      current = (current || 1) * 12;
      prev = 'dozen';
    } else if (w === 'and' && (prev === 'hundred' || prev === 'scale')) {
      const n = toks[j + 1];
      if (!n || n.type !== 'word' || !(UNITS.has(n.lower) || TENS.has(n.lower))) break;
      continue;
    } else {
      break;
    }
    seen = true;
    last = j;
  }
  if (!seen) return null;
  // "two and a half": a trailing half.
  if (isWordAt(toks, last + 1, 'and') && isWordAt(toks, last + 2, 'a') && isWordAt(toks, last + 3, 'half')) {
    current += 0.5;
    last += 3;
  }
  return { value: total + current, last };
}

/** Parses a fraction read as a share: "two-thirds", "a third of", "half of", "one-quarter". */
function parseFraction(toks: Tok[], i: number): { value: number; last: number } | null {
  const t = toks[i];
  if (!t || t.type !== 'word') return null;
  // Bare "half" is a share only when it quantifies something ("half of", "half the").
  if (t.lower === 'half') {
    if (isWordAt(toks, i + 1, 'of', 'the', 'its', 'their', 'all', 'his', 'her', 'our', 'those', 'these'))
      return { value: 50, last: i };
    return null;
  }
  let num: number | null = null;
  if (t.lower === 'a' || t.lower === 'an') num = 1;
  else if (UNITS.has(t.lower) && (UNITS.get(t.lower) ?? 0) > 0 && (UNITS.get(t.lower) ?? 0) <= 10)
    num = UNITS.get(t.lower) ?? null;
  if (num === null) return null;
  let k = i + 1;
  const hyphen = toks[k]?.text === '-' && glued(toks, k) && glued(toks, k + 1);
  if (hyphen) k++;
  const d = toks[k];
  if (!d || d.type !== 'word' || !DENOMINATORS.has(d.lower)) return null;
  const den = DENOMINATORS.get(d.lower) ?? 1;
  const plural = d.lower.endsWith('s');
  if (plural !== num > 1) return null;
  // "a third strike" is an ordinal; "a third of the boats" and "one-third" are shares.
  if (num === 1 && !hyphen && !isWordAt(toks, k + 1, 'of')) return null;
  return { value: Math.round((num / den) * 10000) / 100, last: k };
}

function parseSimpleCount(toks: Tok[], i: number): { value: number; last: number } | null {
  const t = toks[i];
  if (!t) return null;
  if (t.type === 'num') {
    const v = digitValue(t.text);
    return v === null ? null : { value: v, last: i };
  }
  return parseWritten(toks, i);
}

/** "four out of five", "one in three", "one of every four": a ratio read as a percentage. */
function parseRatio(toks: Tok[], a: { value: number; last: number }): { value: number; last: number } | null {
  let k = a.last + 1;
  if (isWordAt(toks, k, 'out') && isWordAt(toks, k + 1, 'of')) k += 2;
  else if (isWordAt(toks, k, 'of') && isWordAt(toks, k + 1, 'every')) k += 2;
  else if (isWordAt(toks, k, 'in')) k += 1;
  else return null;
  const b = parseSimpleCount(toks, k);
  if (!b || !Number.isInteger(a.value) || !Number.isInteger(b.value)) return null;
  // "3 in 2025" or "killed three in two strikes" are not ratios.
  if (b.value < 2 || b.value > 1000 || a.value > b.value || (isWordAt(toks, k - 1, 'in') && a.value === b.value))
    return null;
  if (toks[b.last + 1]?.text === '%' || isWordAt(toks, b.last + 1, 'percent', 'per')) return null;
  return { value: Math.round((a.value / b.value) * 10000) / 100, last: b.last };
}

function parseCore(toks: Tok[], i: number): Core | null {
  const t = toks[i];
  if (!t) return null;
  let k = i;
  let currency: string | null = null;
  // Currency before the number: "$10", "US$5", "C$5m", "€5m", "USD 5 million".
  if (t.type === 'sym' && CURRENCY_SIGNS.has(t.text)) {
    currency = CURRENCY_SIGNS.get(t.text) ?? null;
    k = i + 1;
  } else if (
    t.type === 'word' &&
    toks[i + 1]?.text === '$' &&
    DOLLAR_PREFIXES.has(t.lower) &&
    glued(toks, i + 1) &&
    t.text === t.text.toUpperCase()
  ) {
    currency = DOLLAR_PREFIXES.get(t.lower) ?? null;
    k = i + 2;
  } else if (t.type === 'word' && CURRENCY_CODES.has(t.text) && toks[i + 1]?.type === 'num') {
    currency = t.text;
    k = i + 1;
  }
  if (currency && toks[k]?.type !== 'num' && !(toks[k]?.type === 'word')) return null;

  const fraction = currency ? null : parseFraction(toks, k);
  if (fraction) return { value: fraction.value, last: fraction.last, written: true, kind: 'share', unit: 'percent' };

  const n = toks[k];
  if (!n) return null;
  let value: number;
  let last: number;
  let written = false;
  if (n.type === 'num') {
    const v = digitValue(n.text);
    if (v === null) return null;
    value = v;
    last = k;
    const next = toks[k + 1];
    if (
      next &&
      next.type === 'word' &&
      !next.gap &&
      SHORT_SCALES.has(next.lower) &&
      (currency || !AMBIGUOUS_SHORT.has(next.lower))
    ) {
      value *= SHORT_SCALES.get(next.lower) ?? 1;
      last = k + 1;
    } else if (next && next.type === 'word' && SCALES.has(next.lower)) {
      value *= SCALES.get(next.lower) ?? 1;
      last = k + 1;
    } else if (
      next &&
      next.type === 'word' &&
      SHORT_SCALES.has(next.lower) &&
      (currency || !AMBIGUOUS_SHORT.has(next.lower))
    ) {
      // "$5 m", "2 bn": a spaced abbreviation.
      value *= SHORT_SCALES.get(next.lower) ?? 1;
      last = k + 1;
    }
  } else {
    const w = parseWritten(toks, k);
    if (!w) return null;
    value = w.value;
    last = w.last;
    written = true;
  }
  if (!currency) {
    const ratio = parseRatio(toks, { value, last });
    if (ratio) return { value: ratio.value, last: ratio.last, written, kind: 'share', unit: 'percent' };
  }
  // Percent after the number: "85%", "85 percent", "85 per cent", "3 percentage points".
  const p = toks[last + 1];
  if (!currency && p) {
    if (p.text === '%') return { value, last: last + 1, written, kind: 'percent', unit: 'percent' };
    if (p.type === 'word' && (p.lower === 'percent' || p.lower === 'pct'))
      return { value, last: last + 1, written, kind: 'percent', unit: 'percent' };
    if (p.lower === 'per' && isWordAt(toks, last + 2, 'cent'))
      return { value, last: last + 2, written, kind: 'percent', unit: 'percent' };
    if (p.lower === 'percentage' && isWordAt(toks, last + 2, 'point', 'points')) {
      return { value, last: last + 2, written, kind: 'percent', unit: 'percentage points' };
    }
  }
  // Currency after the number: "10 billion dollars", "5 million euros", "5 million USD".
  if (!currency && p && p.type === 'word' && CURRENCY_WORDS.has(p.lower)) {
    return { value, last: last + 1, written, kind: 'money', unit: CURRENCY_WORDS.get(p.lower) ?? null };
  }
  if (!currency && p && p.type === 'word' && CURRENCY_CODES.has(p.text))
    return { value, last: last + 1, written, kind: 'money', unit: p.text };
  if (currency) return { value, last, written, kind: 'money', unit: currency };
  return { value, last, written, kind: 'count', unit: null };
}

function precedingQualifier(toks: Tok[], i: number, core: Core): { q: Qualifier; start: number } | null {
  for (const [words, q] of QUALIFIERS) {
    const from = i - words.length;
    if (from < 0) continue;
    let ok = true;
    for (let w = 0; w < words.length; w++) {
      const t = toks[from + w];
      if (!t || t.type !== 'word' || t.lower !== words[w]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (words.length === 1 && PREPOSITION_QUALIFIERS.has(words[0] ?? '')) {
      // "over two decades", "under two treaties", "some of": prepositions before small written numbers.
      const n = toks[i];
      const strong = n?.type === 'num' || n?.type === 'sym' || core.kind !== 'count' || core.value >= 10;
      if (!strong) continue;
    }
    const startTok = toks[from];
    if (!startTok) continue;
    return { q, start: startTok.start };
  }
  // "approx. 40"
  if (toks[i - 1]?.text === '.' && isWordAt(toks, i - 2, 'approx', 'c', 'ca')) {
    const s = toks[i - 2];
    if (s) return { q: 'about', start: s.start };
  }
  return null;
}

function followingQualifier(toks: Tok[], last: number): { q: Qualifier; last: number } | null {
  if (isWordAt(toks, last + 1, 'or') && isWordAt(toks, last + 2, 'more')) return { q: 'at least', last: last + 2 };
  if (isWordAt(toks, last + 1, 'or') && isWordAt(toks, last + 2, 'so')) return { q: 'about', last: last + 2 };
  if (
    toks[last + 1]?.text === '-' &&
    glued(toks, last + 1) &&
    glued(toks, last + 2) &&
    isWordAt(toks, last + 2, 'plus', 'odd')
  ) {
    return { q: toks[last + 2]?.lower === 'plus' ? 'more than' : 'about', last: last + 2 };
  }
  if (toks[last + 1]?.text === '+' && glued(toks, last + 1)) return { q: 'more than', last: last + 1 };
  return null;
}

/** True when a capitalised word starts a sentence or follows opening punctuation. */
function atSentenceStart(toks: Tok[], i: number): boolean {
  const p = toks[i - 1];
  return !p || (p.type === 'sym' && /^[.!?:;"“”'‘’([—–-]$/.test(p.text));
}

function isCapitalised(t: Tok | undefined): boolean {
  return !!t && t.type === 'word' && /^\p{Lu}/u.test(t.text);
}

/** Classifies a plain count as a year, date, time, age, ordinal or label when its context says so. */
function classifyCount(toks: Tok[], i: number, core: Core, hasQualifier: boolean, text: string): NumberKind {
  const t = toks[i];
  if (!t) return core.kind;
  const next = toks[core.last + 1];
  const prev = toks[i - 1];
  if (core.written) {
    // "Group of Seven", "Big Three": a capitalised number word inside a sentence is part of a name.
    if (/^\p{Lu}/u.test(t.text) && prev?.type === 'word' && !hasQualifier) return 'label';
    return core.kind;
  }
  if (t.type !== 'num') return core.kind;
  const after = text.slice(toks[core.last]?.end ?? t.end);
  const before = text.slice(0, t.start);
  // Glued letters: "12th" is an ordinal, "1990s" a decade, "10am" a time, "3D" or "A320" a label.
  if (next && !next.gap && next.type === 'word') {
    if (/^(?:st|nd|rd|th)$/.test(next.lower)) return 'ordinal';
    if (next.lower === 's') return 'year';
    if (/^(?:am|pm|a|p|h|hrs|gmt|utc)$/.test(next.lower)) return 'time';
    return 'label';
  }
  if (prev && (prev.text === "'" || prev.text === '’') && !t.gap && next?.lower === 's') return 'year';
  // "G7", "G-7", "F-35", "COVID-19": a number glued to letters is an identifier.
  if (prev && !t.gap && prev.type === 'word') return 'label';
  if (prev && prev.text === '-' && !t.gap && !prev.gap && toks[i - 2]?.type === 'word') return 'label';
  if (prev && (prev.text === '#' || (prev.text === '.' && isWordAt(toks, i - 2, 'no')))) return 'label';
  // Times: "10:30", "10 a.m.", "1400 GMT".
  if (next && next.text === ':' && !next.gap && toks[core.last + 2]?.type === 'num') return 'time';
  if (prev && prev.text === ':' && !prev.gap && !t.gap && toks[i - 2]?.type === 'num') return 'time';
  if (/^\s*(?:[ap]\.m\.|[ap]m\b|gmt\b|utc\b|e[sd]?t\b|bst\b|cet\b|o['’]clock\b|hours? gmt)/i.test(after)) return 'time';
  // Dates: "Nov. 15", "November 13, 2025", "12 November 2025", "15/11/2025".
  if (prev && prev.type === 'sym' && prev.text === '/' && !t.gap) return 'date';
  if (next && next.text === '/' && !next.gap && toks[core.last + 2]?.type === 'num') return 'date';
  const pw = prev?.text === '.' ? toks[i - 2] : prev;
  if (
    pw &&
    pw.type === 'word' &&
    /^\p{Lu}/u.test(pw.text) &&
    MONTH.test(pw.lower) &&
    Number.isInteger(core.value) &&
    core.value >= 1 &&
    core.value <= 31
  )
    return 'date';
  if (
    /^\s*(?:of\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/.test(
      after,
    ) &&
    core.value >= 1 &&
    core.value <= 31
  )
    return 'date';
  // Years: a bare four-digit whole number is a year unless qualified or followed by a count noun.
  if (/^\d{4}$/.test(t.text) && core.value >= 1000 && core.value <= 2199 && !hasQualifier) {
    const n = next?.type === 'word' ? next.lower : '';
    if (!COUNT_NOUNS.has(n)) return 'year';
  }
  // Ages: "45-year-old", "45 years old", "aged 45", and wire copy's "Maria Lopez, 45, said".
  if (/^(?:-|\s)years?(?:-|\s)old\b/i.test(after)) return 'age';
  if (/\b(?:aged|age|ages)\s*$/i.test(before)) return 'age';
  if (
    /\p{Lu}[\p{L}.'’-]*,\s*$/u.test(before) &&
    /^\s*,/.test(after) &&
    core.value < 120 &&
    Number.isInteger(core.value)
  )
    return 'age';
  // Labels: "Operation 2020", "Article 51", "Group of 20": a number right after a capitalised
  // word that does not start the sentence belongs to a name.
  if (!hasQualifier && isCapitalised(prev) && !/['’]s$/.test(prev?.text ?? '') && !atSentenceStart(toks, i - 1))
    return 'label';
  if (!hasQualifier && prev?.lower === 'of' && isCapitalised(toks[i - 2]) && !atSentenceStart(toks, i - 2))
    return 'label';
  return core.kind;
}

// The parts of the URL mask: an address, an e-mail address, a percent-encoded word.
const URL_PARTS = [String.raw`(?:https?:\/\/|www\.)\S+`, String.raw`\S+@\S+\.\w+`, String.raw`\S*%[0-9A-Fa-f]{2}\S*`];
const URL_MASKS = new Map<number, RegExp | null>();

/**
 * The URL mask with only the parts that can match `text`: the e-mail and percent parts try every
 * position of every word (a word's length each time): a fifth of findNumbers' time, mostly on texts
 * that have no "@" or "%". Leaving out a part that cannot match changes no match.
 */
function urlMask(text: string): RegExp | null {
  const bits = (/https?:\/\/|www\./.test(text) ? 1 : 0) | (text.includes('@') ? 2 : 0) | (text.includes('%') ? 4 : 0);
  let re = URL_MASKS.get(bits);
  if (re === undefined) {
    const parts = URL_PARTS.filter((_, i) => bits & (1 << i));
    URL_MASKS.set(bits, (re = parts.length ? new RegExp(parts.join('|'), 'g') : null));
  }
  return re;
}

// Phone numbers, URLs, e-mail addresses and ISO dates are masked before numbers are read.
const MASKS: Array<[RegExp | ((text: string) => RegExp | null), NumberKind]> = [
  [urlMask, 'url'],
  [/\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/g, 'date'],
  [/(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?|\b\d{2,5}[\s.-])\d{3,4}[\s.-]\d{3,5}\b/g, 'phone'],
];

function maskedKind(text: string): Array<{ start: number; end: number; kind: NumberKind }> {
  const spans: Array<{ start: number; end: number; kind: NumberKind }> = [];
  for (const [mask, kind] of MASKS) {
    const re = typeof mask === 'function' ? mask(text) : mask;
    if (!re) continue;
    for (const m of text.matchAll(re)) {
      const s = m[0];
      if (kind === 'phone' && (s.replace(/\D/g, '').length < 9 || /,\s/.test(s))) continue;
      spans.push({ start: m.index, end: m.index + s.length, kind });
    }
  }
  return spans;
}

/** Finds every numeric expression in a text, in order, each with its kind, value, unit and qualifier. */
export function findNumbers(text: string): NumberMention[] {
  const toks = tokenize(text);
  const masks = maskedKind(text);
  const out: NumberMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t) continue;
    const mask = masks.find((s) => t.start >= s.start && t.start < s.end);
    if (mask) {
      if (t.type === 'num') {
        const m: NumberMention = {
          value: Number(t.text.replace(/,/g, '')) || 0,
          kind: mask.kind,
          unit: null,
          qualifier: 'exact',
          start: t.start,
          end: t.end,
          numberStart: t.start,
          text: t.text,
          written: false,
        };
        out.push(m);
      }
      continue;
    }
    // Vague plurals ("dozens of", "hundreds of", "millions of dollars") state no number.
    if (t.type === 'word' && /^(?:dozens|hundreds|thousands|millions|billions|trillions|tens|scores)$/.test(t.lower))
      continue;
    const core = parseCore(toks, i);
    if (!core) continue;
    const qual = precedingQualifier(toks, i, core);
    let qualifier: Qualifier = qual?.q ?? 'exact';
    let last = core.last;
    const trailing = followingQualifier(toks, last);
    if (trailing && qualifier === 'exact') {
      qualifier = trailing.q;
      last = trailing.last;
    }
    let kind = core.kind === 'count' ? classifyCount(toks, i, core, !!qual, text) : core.kind;
    let unit = core.unit;
    // A unit glued on with a hyphen: "45-year prison sentence", "two-week"; "-year-old" is an age.
    const h = toks[last + 1];
    const u = toks[last + 2];
    if (
      (kind === 'count' || kind === 'money') &&
      h?.text === '-' &&
      glued(toks, last + 1) &&
      u &&
      glued(toks, last + 2) &&
      u.type === 'word'
    ) {
      if (/^years?$/.test(u.lower) && toks[last + 3]?.text === '-' && isWordAt(toks, last + 4, 'old')) {
        kind = 'age';
        last += 4;
      } else if (kind === 'count' && /^\p{Lu}/u.test(u.text)) {
        kind = 'label';
      } else if (kind === 'count' && !DENOMINATORS.has(u.lower)) {
        unit = pluralize(u.lower);
        last += 2;
      }
    }
    const lastTok = toks[last];
    if (!lastTok) continue;
    const quantity = kind === 'count' || kind === 'percent' || kind === 'money' || kind === 'share';
    const start = quantity ? (qual?.start ?? t.start) : t.start;
    out.push({
      value: core.value,
      kind,
      unit,
      qualifier: quantity ? qualifier : 'exact',
      start,
      end: lastTok.end,
      numberStart: t.start,
      text: text.slice(start, lastTok.end),
      written: core.written,
    });
    i = last;
  }
  return out;
}

/** Parses the first quantity (count, percent, money or share) in a text, or null when there is none. */
export function parseNumberExpression(text: string): NumberMention | null {
  return findNumbers(text).find(isQuantity) ?? null;
}

/** Naive English plural for a unit noun ("year" → "years", "city" → "cities"). */
export function pluralize(word: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(word)) return word.endsWith('s') && !word.endsWith('ss') ? word : `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}
