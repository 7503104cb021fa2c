/**
 * Finds the numbers an article reports and sorts them into the topic's metrics (death toll,
 * strikes…) or `other:<slug>` quantities, with qualifier, unit and the clause that states them.
 */
import type { ArticleDoc } from './segment.ts';
import type { Metric, Topic } from '../schema/topic.ts';
import type { FigureFinding } from '../schema/data.ts';
import { findNumbers, isQuantity, pluralize, type NumberMention } from './numbers.ts';
import { foldText, slugify, wordSet } from '../text/fold.ts';

interface Word {
  text: string;
  /** Folded, lower-cased text. */
  lower: string;
  start: number;
  end: number;
  type: 'word' | 'num' | 'punct';
}

function tokenizeWords(text: string): Word[] {
  const out: Word[] = [];
  // "U.S." stays one word, so its full stops do not end a noun phrase; hyphenated words stay whole.
  const re = /(?:\p{Lu}\.){2,}|\p{L}+(?:[-'’]\p{L}+)*|\d+(?:[.,]\d+)*|\S/gu;
  for (const m of text.matchAll(re)) {
    const s = m[0];
    const type: Word['type'] = /^\d/.test(s) ? 'num' : /^\p{L}/u.test(s) ? 'word' : 'punct';
    out.push({ text: s, lower: foldText(s), start: m.index, end: m.index + s.length, type });
  }
  return out;
}

// ---- General English knowledge: which words end a noun phrase, which nouns mean people, etc.

/** Function words that end the noun phrase after a number. */
const STOP = new Set(
  (
    'of in on at to for with from by since into onto over under about after before during between against across through ' +
    'off per as than and or but nor so yet which who whom whose that this these those the a an is are was were be been ' +
    'being has have had do does did will would could should may might must can shall said says say according including ' +
    'while when where if because although though it its they them their he she his her we our you your i my me us not ' +
    'no also only just still now then there here each every all both most less ago later earlier until unless whether ' +
    'what how why amid among toward towards within without via like near alongside despite ' +
    'allegedly reportedly apparently already respectively'
  ).split(/\s+/),
);
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);
/**
 * Punctuation that closes a clause for finding cues and the snippet. Not the full stop: inside a
 * segmented sentence it ends an abbreviation ("Sept. 2", "a.m.").
 */
const CLAUSE_PUNCT = new Set([',', ';', ':', '—', '–', '(', ')', '[', ']', '!', '?']);
/** Plural nouns that do not end in -s. */
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'dead']);
/** Nouns whose plural is the same word. */
const INVARIANT = wordSet('aircraft personnel staff police crew fish sheep series species equipment');
/** Nouns for people: a count of them is reported in the unit "people". */
const HUMAN = wordSet(
  'people person persons individual individuals citizen citizens civilian civilians man men woman women child children ' +
    'migrant migrants refugee refugees resident residents fisherman fishermen sailor sailors passenger passengers suspect ' +
    'suspects smuggler smugglers trafficker traffickers victim victims survivor survivors national nationals worker workers ' +
    'crew crewmembers detainee detainees prisoner prisoners occupant occupants adult adults minor minors member members',
);
/** Adjectives that leave a noun's meaning intact: "known survivors" are still survivors. */
const HEDGES = wordSet(
  'known confirmed reported suspected alleged estimated recorded documented verified presumed apparent total deadly lethal unconfirmed official',
);
/** Words that make a count a part or an increment of a tally: "the first three strikes", "11 more people". */
const SUBSET_MARKERS = wordSet(
  'more additional further other new another first last latest past next initial recent previous final remaining',
);
/** Words that date a count to one day ("killed 14 people on Monday"). */
const WEEKDAYS = wordSet('monday tuesday wednesday thursday friday saturday sunday');
const DAY_WORDS = wordSet('yesterday today tonight overnight');
const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/;
/** Determiners that, before a singular event noun, point at one event: "the Sept. 2 strike killed 11". */
const SINGLE_DETERMINERS = wordSet('the a an one that this each its single same another');
/** Determiners that make a small written number refer back to a known set: "the two countries". */
const ANAPHORIC = wordSet('the these those both its their his her our my your all');
/** Nouns of list counts that carry no story value: "for two reasons". */
const DISCOURSE_NOUNS = wordSet(
  'reason reasons way ways thing things point points example examples aspect aspects word words side sides question questions option options kind kinds type types',
);
/** Nouns of page furniture that survives cleaning: "5 min read", "12 comments". */
const CHROME = wordSet('read comments comment views likes replies retweets shares');
const TIME_UNITS = wordSet(
  'second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries',
);
/** Words after a duration that make it a point in time, not a quantity: "five years ago". */
const TIME_REFERENCE = wordSet('ago later earlier before after prior from hence');
/** Participles that report what happened to people: "83 killed", "one was released". */
const PARTICIPLES = wordSet(
  'killed injured wounded hurt missing detained arrested released rescued captured deported repatriated evacuated displaced ' +
    'charged convicted sentenced executed kidnapped abducted died survived drowned',
);
/** Auxiliaries: a number followed by one is the subject of a verb, not a noun's count. */
const BE = wordSet('was were is are have has had been be');
/** Speech verbs: "two officials said" counts sources, not a quantity of the story. */
const SPEECH = wordSet('said say says told tell added according confirmed stated wrote');
/** Words before "one" that make it a pronoun or determiner, not a count: "no one", "the one", "each one". */
const NOT_A_COUNT_BEFORE_ONE = wordSet('no any every each the this that which another only other no-one');
/** Prepositions that make a singular event a time reference rather than the scope of a number: "since the first strike". */
const TEMPORAL = wordSet('since after before until following');
/** Words that may sit between a cue and a bare number: "the death toll rose to 83", "deaths reached 83". */
const LINKS = wordSet(
  'rose risen rising climbed climbing increased jumped reached stood stands stand is was are were now has had have hit ' +
    'totaled totalled totals numbered to at of has been already further',
);
/** Nouns of measure whose "of" phrase names what is measured: "2.8 tons of cocaine". */
const MEASURES = wordSet(
  'ton tons tonne tonnes kilogram kilograms kilo kilos kg pound pounds gram grams ounce ounces gallon gallons liter liters ' +
    'litre litres barrel barrels dose doses month months year years week weeks day days decade decades hour hours',
);

// A Map: `w in {…}` would also be true for "constructor" and the other names an object inherits.
const IRREGULAR_SINGULARS = new Map([
  ['people', 'person'],
  ['men', 'man'],
  ['women', 'woman'],
  ['children', 'child'],
  ['lives', 'life'],
  ['dead', 'dead'],
]);

/** Singular of an English noun, enough to compare "strikes" with "strike" and "people" with "person". */
function singular(w: string): string {
  const irregular = IRREGULAR_SINGULARS.get(w);
  if (irregular !== undefined) return irregular;
  if (/[^aeiou]ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|sses|zes)$/.test(w)) return w.slice(0, -2);
  if (/[^su]s$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

function isPlural(w: Word): boolean {
  if (IRREGULAR_PLURALS.has(w.lower)) return true;
  return w.lower.length > 3 && /[^'’su]s$/.test(w.lower) && !/(?:ss|us|is)$/.test(w.lower);
}

function isCapitalised(w: Word): boolean {
  return w.type === 'word' && /^\p{Lu}/u.test(w.text);
}

/** A word that can end a noun phrase's head: punctuation, a function word, a verb form, or nothing. */
function endsPhrase(w: Word | undefined): boolean {
  return !w || w.type !== 'word' || STOP.has(w.lower) || /(?:ed|ing|ly)$/.test(w.lower) || BE.has(w.lower);
}

interface Phrase {
  words: Word[];
  /** Index in the sentence's words of the first word after the phrase. */
  next: number;
}

/** The noun phrase right after a number: adjectives and nouns up to the first plural noun. */
function nounPhraseAt(ws: Word[], from: number, max = 5, until = ws.length): Phrase {
  const words: Word[] = [];
  let k = from;
  for (; k < Math.min(until, ws.length) && words.length < max; k++) {
    const w = ws[k];
    if (!w) break;
    if (w.type === 'punct') {
      // Quotes around a term are transparent until the phrase has begun.
      if (QUOTES.has(w.text) && words.length === 0) continue;
      break;
    }
    if (w.type === 'num' || STOP.has(w.lower) || BE.has(w.lower)) break;
    if (words.length === 0 && PARTICIPLES.has(w.lower)) break;
    // A participle after the noun starts a predicate: "one citizen killed". (-ing words stay: "funding".)
    if (words.length > 0 && /ed$/.test(w.lower)) break;
    words.push(w);
    if (isPlural(w)) {
      k++;
      break;
    }
  }
  return { words, next: k };
}

/** The "of …" phrase after a measure: "tons of cocaine", "85% of all the actionable intelligence". */
function ofComplement(ws: Word[], from: number): Phrase | null {
  if (ws[from]?.lower !== 'of') return null;
  let k = from + 1;
  while (ws[k] && (ANAPHORIC.has(ws[k]?.lower ?? '') || ws[k]?.lower === 'the')) k++;
  const p = nounPhraseAt(ws, k, 3);
  return p.words.length ? p : null;
}

/** Start and end (word indexes) of the clause around word index i. */
function clauseBounds(ws: Word[], i: number, j: number): { from: number; to: number } {
  let from = i;
  while (from > 0 && !(ws[from - 1]?.type === 'punct' && CLAUSE_PUNCT.has(ws[from - 1]?.text ?? ''))) from--;
  let to = j;
  while (to < ws.length && !(ws[to]?.type === 'punct' && CLAUSE_PUNCT.has(ws[to]?.text ?? ''))) to++;
  return { from, to };
}

function containsPhrase(haystack: string[], phrase: string): boolean {
  const p = phrase.split(/\s+/);
  outer: for (let i = 0; i + p.length <= haystack.length; i++) {
    for (let k = 0; k < p.length; k++) if (haystack[i + k] !== p[k]) continue outer;
    return true;
  }
  return false;
}

interface CompiledMetric {
  metric: Metric;
  nouns: string[][];
  cues: string[];
}

const compiled = new WeakMap<Topic, { metrics: CompiledMetric[]; eventNouns: Set<string> }>();

function compile(topic: Topic): { metrics: CompiledMetric[]; eventNouns: Set<string> } {
  let c = compiled.get(topic);
  if (c) return c;
  const metrics = topic.metrics.map((metric) => ({
    metric,
    nouns: metric.nouns.map((n) => foldText(n).split(/\s+/).map(singular)),
    cues: metric.cues.map((q) => foldText(q).trim()),
  }));
  // Singular nouns of the countable things a core tally adds up (strike, boat): one of them
  // named next to a number marks the number as one event's share of the tally.
  const eventNouns = new Set<string>();
  for (const m of metrics) {
    if (!m.metric.core || m.metric.unit === 'people') continue;
    for (const n of m.nouns) {
      const last = n[n.length - 1];
      if (last) eventNouns.add(last);
    }
  }
  c = { metrics, eventNouns };
  compiled.set(topic, c);
  return c;
}

/** The core metrics whose noun the phrase names, after dropping hedges ("known") and proper modifiers ("U.S."). */
function metricsByNoun(metrics: CompiledMetric[], np: Word[]): CompiledMetric[] {
  let k = 0;
  while (k < np.length - 1 && (HEDGES.has(np[k]?.lower ?? '') || isCapitalised(np[k] as Word))) k++;
  const core = np.slice(k).map((w) => singular(w.lower));
  return metrics.filter(
    (m) => m.metric.core && m.nouns.some((noun) => noun.length === core.length && noun.every((n, i) => n === core[i])),
  );
}

/**
 * The metric whose noun heads the phrase under any modifiers ("destroyed 14 go-fast boats"),
 * accepted only when a cue of that metric sits right before the number or right after the phrase,
 * so "100,000 overdose deaths" far from "killed" stays out of the death toll.
 */
function metricByHead(
  metrics: CompiledMetric[],
  ws: Word[],
  first: number,
  np: Phrase,
  clause: { from: number; to: number },
): { metric: CompiledMetric; cue: string } | null {
  const head = np.words[np.words.length - 1];
  if (!head) return null;
  const near = [
    ...ws.slice(Math.max(clause.from, first - 4), first),
    ...ws.slice(np.next, Math.min(clause.to, np.next + 3)),
  ].map((w) => w.lower);
  for (const m of metrics) {
    if (!m.metric.core) continue;
    if (!m.nouns.some((n) => n.length === 1 && n[0] === singular(head.lower))) continue;
    const cue = m.cues.find((q) => containsPhrase(near, q));
    if (cue) return { metric: m, cue };
  }
  return null;
}

/**
 * The core metric a counted noun phrase reports: its noun is one of the metric's nouns (under
 * hedges such as "known") and one of its cues is in the clause near the number; when several
 * metrics share a noun ("people"), the cue decides.
 */
function coreMetric(
  metrics: CompiledMetric[],
  ws: Word[],
  first: number,
  np: Phrase,
  clause: { from: number; to: number },
): { metric: CompiledMetric; cue: string } | null {
  const window = [
    ...ws.slice(Math.max(clause.from, first - 8), first),
    ...np.words,
    ...ws.slice(np.next, Math.min(clause.to, np.next + 4)),
  ].map((w) => w.lower);
  for (const m of metricsByNoun(metrics, np.words)) {
    const cue = m.cues.find((q) => containsPhrase(window, q));
    if (cue) return { metric: m, cue };
  }
  return metricByHead(metrics, ws, first, np, clause);
}

/** A singular event noun used as a head ("the Sept. 2 strike killed"), i.e. not a modifier ("boat strike campaign"). */
function singleEventAt(ws: Word[], k: number, eventNouns: Set<string>): boolean {
  const w = ws[k];
  if (!w || w.type !== 'word' || isPlural(w) || !eventNouns.has(w.lower)) return false;
  return endsPhrase(ws[k + 1]);
}

/**
 * Why a count is only part of a core tally (one strike's dead, one day's boats, "11 more"), or
 * null. Precision matters more than recall for core metrics, so a part goes to `other:`.
 */
function isSubset(
  ws: Word[],
  first: number,
  np: Phrase,
  clause: { from: number; to: number },
  eventNouns: Set<string>,
  tally = false,
): string | null {
  if (np.words.some((w) => SUBSET_MARKERS.has(w.lower))) return 'subset:modifier';
  const before = ws[first - 1];
  if (before && SUBSET_MARKERS.has(before.lower)) return 'subset:modifier';
  // "the 11 people on board", "14 people aboard": the people on one boat.
  const after = ws[np.next]?.lower ?? '';
  if ((after === 'aboard' && endsPhrase(ws[np.next + 1])) || (after === 'on' && ws[np.next + 1]?.lower === 'board'))
    return 'subset:single-event';
  // "killed 14 people on Monday", "struck three boats yesterday": one day's events. A tally
  // that "rose to 83 on Tuesday" is dated when reported, not a part, so tallies skip this.
  if (!tally) {
    for (let k = np.next; k < Math.min(clause.to, np.next + 8); k++) {
      const w = ws[k]?.lower ?? '';
      if (DAY_WORDS.has(w)) return 'subset:dated';
      if (w === 'on' && (WEEKDAYS.has(ws[k + 1]?.lower ?? '') || MONTH_WORD.test(ws[k + 1]?.lower ?? '')))
        return 'subset:dated';
    }
  }
  // "…killed 11 people in the latest strike", "…on a boat".
  for (let k = np.next; k < Math.min(clause.to, np.next + 6); k++) {
    if (!/^(?:in|on|aboard|from|during)$/.test(ws[k]?.lower ?? '')) continue;
    for (let j = k + 1; j < Math.min(clause.to, k + 7); j++) {
      if (singleEventAt(ws, j, eventNouns)) return 'subset:single-event';
    }
  }
  // "The Sept. 2 strike killed 11 people", "In the latest strike, 3 people were killed": one
  // event named before the number. In an earlier clause it counts only as the subject of the
  // number's verb ("The latest strike, the 21st, killed three") or after "in"/"during", never
  // after a temporal preposition ("Since the first strike in September, … has killed 80").
  const opensWithVerb = /(?:ed)$/.test(ws[clause.from]?.lower ?? '') || BE.has(ws[clause.from]?.lower ?? '');
  for (let k = 0; k < first; k++) {
    if (!singleEventAt(ws, k, eventNouns)) continue;
    let det = -1;
    // Modifiers can be long ("another suspected drug-smuggling vessel"), so look back a little further.
    for (let j = k - 1; j >= Math.max(0, k - 7); j--) {
      if (SINGLE_DETERMINERS.has(ws[j]?.lower ?? '')) {
        det = j;
        break;
      }
    }
    if (det < 0) continue;
    const prep = ws[det - 1]?.lower ?? '';
    if (TEMPORAL.has(prep)) continue;
    if (k >= clause.from && k >= first - 10) return 'subset:single-event';
    // "…struck another vessel on Monday, killing four people": a participle clause reports what
    // the one event just named did, so its count is that event's share.
    if (k < clause.from && /ing$/.test(ws[clause.from]?.lower ?? '') && first - clause.from <= 2)
      return 'subset:single-event';
    if (prep === 'in' || prep === 'during') return 'subset:single-event';
    if (opensWithVerb && !ws.slice(0, det).some((w) => w.type === 'word' && !isCapitalised(w) && !STOP.has(w.lower)))
      return 'subset:single-event';
  }
  return null;
}

/** Up to two lower-case content words just before the number, to name a percentage or sum. */
function contextWords(ws: Word[], first: number, from: number): string[] {
  const out: string[] = [];
  for (let k = first - 1; k >= Math.max(from, first - 6) && out.length < 2; k--) {
    const w = ws[k];
    if (!w || w.type !== 'word' || STOP.has(w.lower) || BE.has(w.lower) || isCapitalised(w)) continue;
    out.unshift(w.lower);
  }
  return out;
}

/** A short kebab slug for an `other:` metric, at most 48 characters, cut at a word. */
function slugOf(parts: string[]): string {
  const words = slugify(parts.join(' '))
    .split('-')
    .filter((w) => w && !['the', 'a', 'an', 's'].includes(w));
  let slug = '';
  for (const w of words) {
    if ((slug ? slug.length + 1 : 0) + w.length > 48) break;
    slug = slug ? `${slug}-${w}` : w;
  }
  return slug;
}

/** The unit a counted noun is reported in: "people" for people, else the plural noun ("tons"). */
function unitOfNoun(head: Word): string {
  const l = head.lower;
  if (HUMAN.has(l) || (isCapitalised(head) && /(?:ans|ese|is)$/.test(l))) return 'people';
  if (INVARIANT.has(l)) return l;
  return pluralize(singular(l));
}

/** The clause stating the figure, copied from the sentence, under about 120 characters. */
function snippet(
  text: string,
  ws: Word[],
  clause: { from: number; to: number },
  first: number,
  last: number,
  mustFrom: number,
): string {
  let from = clause.from;
  let to = clause.to;
  const startOf = (k: number): number => ws[k]?.start ?? text.length;
  const endOf = (k: number): number => ws[k - 1]?.end ?? 0;
  // Keep the words around the number: a few before (the cue, "killed at least 79 …") and a few
  // after the noun phrase ("… was killed"), then cut further if still long.
  from = Math.max(from, Math.min(first - 6, mustFrom));
  to = Math.min(to, last + 4);
  while (endOf(to) - startOf(from) > 120 && (first - from > 2 || to - last > 0)) {
    if (first - from > 2 && first - from >= to - last) from++;
    else to--;
  }
  return text
    .slice(startOf(from), endOf(to))
    .replace(/^[\s"'“”‘’]+/, '')
    .replace(/[\s,;:(\-—–"“‘]+$/, '')
    .replace(/(?<=[\p{Ll}\d%])\.$/u, '')
    .trim();
}

interface Candidate {
  metric: string;
  value: number;
  qualifier: FigureFinding['qualifier'];
  unit: string;
  rule: string;
  /** Word index after the last word the snippet must show. */
  snippetTo: number;
  /** Word index of the first word the snippet must show, when a cue far before the number decided the metric. */
  snippetFrom?: number;
}

/** Decides what one quantity in a sentence reports, or null when it is not a figure worth keeping. */
function analyse(ws: Word[], m: NumberMention, metrics: CompiledMetric[], eventNouns: Set<string>): Candidate | null {
  const first = ws.findIndex((w) => w.end > m.start);
  let afterIdx = ws.findIndex((w) => w.start >= m.end);
  if (afterIdx < 0) afterIdx = ws.length;
  if (first < 0) return null;
  const numberIdx = ws.findIndex((w) => w.end > m.numberStart);
  const clause = clauseBounds(ws, first, afterIdx);
  const written = m.written ? '/written-out' : '';
  const base = { value: m.value, qualifier: m.qualifier };

  if (m.kind === 'percent' || m.kind === 'share') {
    // Name the share after what it is a share of: "85% of all actionable intelligence",
    // "four out of five counterdrug missions", else the words before it ("cut … by 90%").
    const comp = ofComplement(ws, afterIdx);
    const np = comp ?? nounPhraseAt(ws, afterIdx, 3);
    const slug = np.words.length
      ? slugOf(['share', ...np.words.map((w) => w.text)])
      : slugOf(['percent', ...contextWords(ws, first, clause.from)]);
    return {
      ...base,
      metric: `other:${slug}`,
      unit: m.unit ?? 'percent',
      rule: m.kind === 'share' ? `share${written}` : 'percent',
      snippetTo: Math.max(np.next, afterIdx),
    };
  }
  if (m.kind === 'money') {
    // Name a sum after the noun it modifies ("a $5bn aid package"), what it is in or for
    // ("$4.5bn in additional funding"), or else the words before it ("has invested $10 billion").
    let np = nounPhraseAt(ws, afterIdx, 3);
    if (!np.words.length && /^(?:in|for|of)$/.test(ws[afterIdx]?.lower ?? '')) {
      let k = afterIdx + 1;
      while (ANAPHORIC.has(ws[k]?.lower ?? '')) k++;
      np = nounPhraseAt(ws, k, 3);
    }
    const ctx = contextWords(ws, first, clause.from);
    const named = np.words.length ? np.words.map((w) => w.text) : ctx;
    const unit = m.unit ?? 'USD';
    return { ...base, metric: `other:${slugOf([unit, ...named])}`, unit, rule: 'money', snippetTo: np.next };
  }

  const np = nounPhraseAt(ws, afterIdx);
  const prev = ws[numberIdx - 1];
  // "the two countries", "all three": a small number pointing back at a known set.
  if (m.written && m.value <= 10 && m.qualifier === 'exact' && prev && ANAPHORIC.has(prev.lower)) return null;

  if (np.words.length === 0 && !m.unit) {
    const next = ws[afterIdx];
    // "one of the strikes": a part of something counted elsewhere.
    if (next?.lower === 'of') return null;
    if (m.value === 1 && (NOT_A_COUNT_BEFORE_ONE.has(prev?.lower ?? '') || next?.lower === 'another')) return null;
    // "83 killed", "two survived": the participle stands in for the noun.
    let p = afterIdx;
    let anaphoric = false;
    while (BE.has(ws[p]?.lower ?? '') && p < afterIdx + 2) {
      p++;
      anaphoric = true;
    }
    const participle = ws[p];
    if (participle && PARTICIPLES.has(participle.lower) && Number.isInteger(m.value)) {
      // "two were killed" may point back at a known group; "at least 83 have been killed" is a tally.
      const tally = !anaphoric || m.qualifier !== 'exact' || m.value >= 10;
      const byCue = tally ? metrics.find((c) => c.metric.core && c.cues.includes(participle.lower)) : null;
      if (byCue && !isSubset(ws, numberIdx, { words: [], next: p + 1 }, clause, eventNouns)) {
        return {
          ...base,
          metric: byCue.metric.id,
          unit: byCue.metric.unit,
          rule: `participle${written}`,
          snippetTo: p + 1,
        };
      }
      return {
        ...base,
        metric: `other:${slugOf([participle.lower])}`,
        unit: 'people',
        rule: `other:participle${written}`,
        snippetTo: p + 1,
      };
    }
    // "The death toll rose to 83": a bare number completing a cue.
    // The tally a link verb sets comes first: in "the death toll hit 83", "hit" is not a strike.
    const cue = subjectCue(ws, first, clause.from, metrics) ?? cueBefore(ws, first, clause.from, metrics);
    if (
      cue &&
      Number.isInteger(m.value) &&
      !isSubset(ws, numberIdx, { words: [], next: afterIdx }, clause, eventNouns, true)
    ) {
      const metric = cue.metric.metric;
      return {
        ...base,
        metric: metric.id,
        unit: metric.unit,
        rule: `cue-only${written}`,
        snippetTo: afterIdx,
        snippetFrom: cue.at,
      };
    }
    return null;
  }

  const head = np.words[np.words.length - 1];
  if (head && DISCOURSE_NOUNS.has(head.lower)) return null;
  // "two U.S. officials said": a count of sources.
  if (SPEECH.has(ws[np.next]?.lower ?? '')) return null;
  // "10 Downing Street", "50 U.S.C.": a number before a name, unless the name is a plural ("14 Colombians").
  if (np.words.length && np.words.every(isCapitalised) && !(head && /(?:ans|ese|is|ers)$/.test(head.lower)))
    return null;
  // Page furniture that survived cleaning: "5 min read", "12 comments".
  if (head && CHROME.has(head.lower)) return null;
  if (m.value === 1 && m.written) {
    // "one official said", "no one", "the one": an article or pronoun, unless qualified ("at least one").
    if (m.qualifier === 'exact' && (!head || !isPlural(head)) && !(m.unit && TIME_UNITS.has(singular(m.unit))))
      return null;
    if (NOT_A_COUNT_BEFORE_ONE.has(prev?.lower ?? '') || ws[afterIdx]?.lower === 'another') return null;
  }
  const unitWord = m.unit ? singular(m.unit) : head ? singular(head.lower) : '';
  const timeHead = TIME_UNITS.has(unitWord) && (m.unit !== null || np.words.length === 1);
  if (timeHead) {
    // "five years ago", "two weeks after the strike", "one day": a point in time.
    if (TIME_REFERENCE.has(ws[np.next]?.lower ?? '') || (m.unit === null && m.value === 1)) return null;
  }

  const comp = head && !m.unit && MEASURES.has(head.lower) ? ofComplement(ws, np.next) : null;
  const snippetTo = comp?.next ?? np.next;

  if (!m.unit && np.words.length) {
    const hit = coreMetric(metrics, ws, first, np, clause);
    if (hit) {
      const subset = head && !isPlural(head) ? 'subset:single' : isSubset(ws, numberIdx, np, clause, eventNouns);
      if (!subset) {
        const rule = containsPhrase(
          np.words.map((w) => w.lower),
          hit.cue,
        )
          ? 'noun-only'
          : 'noun+cue';
        return {
          ...base,
          metric: hit.metric.metric.id,
          unit: hit.metric.metric.unit,
          rule: `${rule}${written}`,
          snippetTo,
        };
      }
      return {
        ...base,
        metric: `other:${slugOf(np.words.map((w) => w.text))}`,
        unit: unitOfNoun(head as Word),
        rule: `${subset}${written}`,
        snippetTo,
      };
    }
  }

  // "killed 83 suspected narcotraffickers": whatever the noun, the object of a core metric's verb
  // cue is what that metric counts.
  const verb = ws[first - 1];
  const byVerb =
    !m.unit && head && isPlural(head) && verb && /(?:ed|ing)$/.test(verb.lower)
      ? metrics.find((c) => c.metric.core && c.cues.includes(verb.lower))
      : undefined;
  if (byVerb && Number.isInteger(m.value) && !isSubset(ws, numberIdx, np, clause, eventNouns)) {
    return {
      ...base,
      metric: byVerb.metric.id,
      unit: byVerb.metric.unit,
      rule: `object-of-cue${written}`,
      snippetTo,
      snippetFrom: first - 1,
    };
  }

  const nounParts = np.words.map((w) => w.text);
  const slug = m.unit
    ? slugOf([...nounParts, m.unit])
    : slugOf(comp ? [...nounParts, 'of', ...comp.words.map((w) => w.text)] : nounParts);
  const unit = m.unit ?? unitOfNoun(head as Word);
  if (!slug) return null;
  return { ...base, metric: `other:${slug}`, unit, rule: `other:noun${written}`, snippetTo };
}

interface CueHit {
  metric: CompiledMetric;
  /** Word index where the cue phrase starts, so the snippet can include it. */
  at: number;
}

/** The nearest metric cue before a bare number, joined to it only by linking words ("killed 83", "deaths of 80"). */
function cueBefore(ws: Word[], first: number, from: number, metrics: CompiledMetric[]): CueHit | null {
  for (let gap = 0; gap <= 3; gap++) {
    const end = first - gap;
    if (end < from) break;
    if (gap > 0 && !LINKS.has(ws[end]?.lower ?? '')) break;
    const head = ws.slice(Math.max(from, end - 3), end).map((w) => w.lower);
    for (const c of metrics) {
      if (!c.metric.core) continue;
      const hit = c.cues.find((q) => {
        const p = q.split(/\s+/);
        return p.length <= head.length && p.every((x, i) => head[head.length - p.length + i] === x);
      });
      if (hit) return { metric: c, at: end - hit.split(/\s+/).length };
    }
  }
  return null;
}

/** Link verbs that set a tally to a number: "the death toll rose to 83", "has reached 21". */
const SETTERS = wordSet(
  'rose risen climbed jumped increased reached stood stands stand hit totaled totalled totals numbered numbers grew grown is was are were',
);
/** Verbs that carry a tally to a number as their object: "bringing the death toll to 83". */
const RAISERS = wordSet(
  'bringing brought brings bring raising raised raises pushing pushed taking took lifting lifted putting puts',
);
/** Nouns that stand for their "of" phrase: "the number of strikes", "a total of 21 boats". */
const COUNT_HEADS = wordSet('number total count tally');

/** The metric whose cue heads a noun phrase starting at k ("the death toll from the strikes", "the number of strikes"). */
function phraseCue(ws: Word[], k: number, end: number, metrics: CompiledMetric[]): CueHit | null {
  while (k < end && (ws[k]?.type === 'punct' || STOP.has(ws[k]?.lower ?? '') || isCapitalised(ws[k] as Word))) k++;
  let np = nounPhraseAt(ws, k, 4, end);
  const head = np.words[np.words.length - 1];
  if (head && COUNT_HEADS.has(head.lower) && ws[np.next]?.lower === 'of') np = nounPhraseAt(ws, np.next + 1, 4, end);
  const words = np.words.map((w) => w.lower);
  if (!words.length || np.next > end) return null;
  const metric = metrics.find((c) => c.metric.core && c.cues.some((q) => containsPhrase(words, q)));
  return metric ? { metric, at: k } : null;
}

/**
 * A bare number a tally is set to: "The death toll from U.S. strikes rose to 83", "bringing the
 * death toll to at least 83". The tally is the subject of a link verb or the object of a raising verb.
 */
function subjectCue(ws: Word[], first: number, from: number, metrics: CompiledMetric[]): CueHit | null {
  let k = first - 1;
  const to = ws[k]?.lower === 'to' || ws[k]?.lower === 'at';
  if (to) k--;
  if (k >= from && SETTERS.has(ws[k]?.lower ?? '')) {
    let verb = k;
    while (
      verb - 1 >= from &&
      (BE.has(ws[verb - 1]?.lower ?? '') || /^(?:now|already|further|since)$/.test(ws[verb - 1]?.lower ?? ''))
    )
      verb--;
    // The subject starts after the last speech verb or "that" ("officials said the toll rose to 83").
    let start = from;
    for (let j = from; j < verb; j++) if (SPEECH.has(ws[j]?.lower ?? '') || ws[j]?.lower === 'that') start = j + 1;
    return phraseCue(ws, start, verb, metrics);
  }
  if (!to) return null;
  for (let r = k; r >= from; r--) {
    if (RAISERS.has(ws[r]?.lower ?? '')) return phraseCue(ws, r + 1, k + 1, metrics);
  }
  return null;
}

/** Extracts the figures an article states, one per metric and value per sentence. */
export function extractFigures(doc: ArticleDoc, topic: Topic): FigureFinding[] {
  const { metrics, eventNouns } = compile(topic);
  const out: FigureFinding[] = [];
  for (const paragraph of doc.paragraphs) {
    for (const sentence of paragraph.sentences) {
      // Tokenised only once a quantity is found: most sentences state none.
      let ws: Word[] | undefined;
      const seen = new Set<string>();
      for (const m of findNumbers(sentence.text)) {
        if (!isQuantity(m)) continue;
        ws ??= tokenizeWords(sentence.text);
        const c = analyse(ws, m, metrics, eventNouns);
        if (!c) continue;
        const key = `${c.metric}|${c.value}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const first = ws.findIndex((w) => w.end > m.start);
        const clause = clauseBounds(ws, first, c.snippetTo);
        out.push({
          metric: c.metric,
          value: c.value,
          qualifier: c.qualifier,
          unit: c.unit,
          text: snippet(sentence.text, ws, clause, first, c.snippetTo, c.snippetFrom ?? first),
          sentence: sentence.id,
          rule: c.rule,
        });
      }
    }
  }
  return out;
}
