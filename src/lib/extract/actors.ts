/** Finds mentions of the topic's actors (names, aliases, role phrases) in text. */
import type { Actor, Topic } from '../schema/topic.ts';
import { escapeRegExp, foldKeepLength, wordSet } from '../text/fold.ts';

/** One mention of an actor in a text. */
export interface ActorMention {
  /** Topic actor id. */
  actorId: string;
  /** Offset of the mention in the text. */
  start: number;
  /** Offset after the mention. */
  end: number;
  /** The text as written. */
  text: string;
  /** Whether it matched the name/an alias or a role phrase ("Colombian President"). */
  via: 'name' | 'role';
}

interface Pattern {
  actorId: string;
  /** Built only when a text contains all the needles: most of the topic's phrases never match. */
  re: RegExp | null;
  via: 'name' | 'role';
  length: number;
  /** The regex source; `re` and `sticky` are built from it on first use. */
  source: string;
  acronym: boolean;
  /**
   * Whether `source` is the phrase alone, its word boundaries checked by `standsAlone` after each
   * match. V8 takes about 0.5 ms to compile each `[\p{L}\p{N}]` lookaround, most of a one-article
   * extraction's actor matching; the check is exact when a match's end is fixed by its start (an
   * ASCII phrase not ending in an optional dot or a space, so backtracking cannot move the end).
   */
  bare: boolean;
  /** A person's one-word alias (a surname): must not be part of someone else's name. */
  surname: boolean;
  /**
   * The phrase's runs of letters and digits, lower-cased. Every match contains each of them (only
   * the spaces and dots between them may vary: "U.S." matches "US"), so the regex runs only on
   * texts that contain them all: most texts lack most of the topic's hundreds of phrases.
   */
  needles: string[];
  /** The needles that may start inside a word of a matching text (see PatternSet.byPairInWord). */
  inWord: string[];
  /**
   * The phrase's first run of letters and digits when it starts the phrase and is ASCII: every
   * match starts where the lower-cased text has it, so the regex is tried only there (`sticky`)
   * instead of scanning the whole text. Null: the phrase is scanned for in the whole text.
   */
  first: string | null;
  /** `re` anchored at lastIndex, for the tries at the occurrences of `first`. */
  sticky: RegExp | null;
}

// Capitalised words that may stand before a surname without making it part of a longer name:
// titles ("Sen. Kaine") and words that start sentences ("But Petro said").
const BEFORE_SURNAME = wordSet(
  'president vice prime minister secretary state senator sen rep representative congressman congresswoman ' +
    'gen general adm admiral lt col colonel capt captain sgt mr mrs ms dr gov governor mayor chancellor ' +
    'commander judge justice speaker leader chairman chair ambassador envoy director spokesman spokeswoman ' +
    'spokesperson king queen pope foreign defense defence interior treasury war affairs security ' +
    'but and or so yet when while if as after before since then still also meanwhile however although though ' +
    'because where why how what who the a an in on at for from to with without by of that this these those ' +
    'asked said says told according',
);

/** Whether a match of a surname alias sits inside a different person's name ("Kelly Ortega", "Jake Paul"). */
function insideOtherName(text: string, start: number, end: number): boolean {
  const after = /^\s+(\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(end, end + 40));
  if (after) return true;
  // A capitalised word ending in a full stop is a sentence end ("on Tuesday. Kallas said") or a
  // title ("Sen. Kaine"): either may stand before a surname. Without one, it may be a first name.
  const before = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
  return !!before && !BEFORE_SURNAME.has((before[1] ?? '').toLowerCase());
}

const WORD_BEFORE = /[\p{L}\p{N}]$/u;
const WORD_AFTER = /^[\p{L}\p{N}]/u;

/** Whether text[start, end) has no letter or digit on either side (a bare pattern's lookarounds). */
function standsAlone(text: string, start: number, end: number): boolean {
  return !WORD_BEFORE.test(text.slice(Math.max(0, start - 2), start)) && !WORD_AFTER.test(text.slice(end, end + 2));
}

const cache = new WeakMap<Topic, PatternSet>();
const actorPatterns = new WeakMap<Actor, Pattern[]>();

// An all-capitals alias (US, UK, EU, UN, NATO) is an acronym: matched case-sensitively, so
// "US" never matches the pronoun "us". Anything else matches case-insensitively.
function toPattern(actor: Actor, phrase: string, via: 'name' | 'role'): Pattern {
  const folded = foldKeepLength(phrase);
  const acronym = /^[A-Z.]+$/.test(folded.replace(/[\s-]/g, '')) && /[A-Z]/.test(folded);
  const body = escapeRegExp(folded).replace(/\\\./g, '\\.?').replace(/\s+/g, '\\s+');
  // Possessive endings ("Colombia's") are allowed; letters after the phrase are not.
  const bare = /^[\x21-\x7e]([\x20-\x7e]*[\x21-\x2d\x2f-\x7e])?$/.test(folded) && /[a-z0-9]/i.test(folded);
  const source = bare ? body : `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`;
  const runs = [...folded.matchAll(/[\p{L}\p{N}]+/gu)];
  const needles = runs.map((run) => run[0].toLowerCase());
  const inWord = runs.filter((run) => run.index > 0 && folded[run.index - 1] === '.').map((r) => r[0].toLowerCase());
  const first =
    needles[0] !== undefined && /^[a-z0-9]+$/.test(needles[0]) && folded.toLowerCase().startsWith(needles[0])
      ? needles[0]
      : null;
  return {
    actorId: actor.id,
    source,
    acronym,
    bare,
    re: null,
    sticky: null,
    first,
    via,
    length: phrase.length,
    surname: actor.type === 'person' && via === 'name' && !/\s/.test(phrase.trim()),
    needles,
    inWord,
  };
}

/** The topic's patterns, longest first, and their needles indexed for one pass over a text. */
interface PatternSet {
  patterns: Pattern[];
  /** The distinct needles of all patterns. */
  needles: string[];
  /** For each pattern, how many distinct needles it has. */
  needCount: number[];
  /** For each needle, the indexes of the patterns that have it. */
  users: number[][];
  /**
   * Needle indexes by a hash of their first two UTF-16 units (`pairSlot`): an array lookup at each
   * position of a text is much cheaper than a Map's. Needles sharing a slot are told apart by
   * `startsWith`, which every candidate is checked with anyway.
   */
  byPair: Array<number[] | undefined>;
  /**
   * `byPair` for the needles that can start inside a word: only one that follows an optional dot
   * in its phrase ("St.Kitts" matches "StKitts"). Every other needle starts a match or follows a
   * space or a required mark, so it is looked for only where no letter or digit precedes it; most
   * positions of a text are inside words, so most lookups are skipped.
   */
  byPairInWord: Array<number[] | undefined>;
  /** One-unit needle indexes (a handful: "U.S." has "u" and "s"), tested with `includes`. */
  units: number[];
  /** Patterns without needles (no letters or digits), tried on every text. */
  always: number[];
}

const PAIR_SLOTS = 4096;
const pairSlot = (a: number, b: number): number => ((a * 31) ^ b) & (PAIR_SLOTS - 1);

function patternsFor(topic: Topic): PatternSet {
  let set = cache.get(topic);
  if (!set) {
    const patterns = topic.actors.flatMap((a) => {
      // Per actor too: each article's officials make a new topic that shares all the other actors.
      let own = actorPatterns.get(a);
      if (!own) {
        own = [
          ...[a.name, ...a.aliases].map((p) => toPattern(a, p, 'name')),
          ...a.roles.map((p) => toPattern(a, p, 'role')),
        ];
        actorPatterns.set(a, own);
      }
      return own;
    });
    // Longest phrases first, so "Colombian President" wins over "Colombian".
    patterns.sort((x, y) => y.length - x.length);
    const needles: string[] = [];
    const users: number[][] = [];
    const ids = new Map<string, number>();
    const byPair = new Array<number[] | undefined>(PAIR_SLOTS).fill(undefined);
    const byPairInWord = new Array<number[] | undefined>(PAIR_SLOTS).fill(undefined);
    const inWord = new Set(patterns.flatMap((p) => p.inWord));
    const units: number[] = [];
    const needCount = patterns.map((p, i) => {
      const own = new Set(p.needles);
      for (const n of own) {
        let id = ids.get(n);
        if (id === undefined) {
          id = needles.length;
          ids.set(n, id);
          needles.push(n);
          users.push([]);
          const slot = pairSlot(n.charCodeAt(0), n.charCodeAt(1));
          if (n.length >= 2) {
            (byPair[slot] ??= []).push(id);
            if (inWord.has(n)) (byPairInWord[slot] ??= []).push(id);
          } else units.push(id);
        }
        users[id]!.push(i);
      }
      return own.size;
    });
    const always = needCount.flatMap((n, i) => (n === 0 ? [i] : []));
    set = { patterns, needles, needCount, users, byPair, byPairInWord, units, always };
    cache.set(topic, set);
  }
  return set;
}

/**
 * The indexes of the patterns all of whose needles occur in `lower`, in pattern order. The same as
 * testing `lower.includes(needle)` for each of the topic's hundreds of needles, but in one pass over
 * the text, comparing at each position only the needles that start with the units found there.
 */
function candidatePatterns(lower: string, set: PatternSet): number[] {
  const hit = new Uint8Array(set.needles.length);
  const found: number[] = [];
  for (const id of set.units) {
    if (!lower.includes(set.needles[id]!)) continue;
    hit[id] = 1;
    found.push(id);
  }
  const { byPair, byPairInWord, needles } = set;
  let a = lower.charCodeAt(0);
  // Whether the unit before `at` is an ASCII letter or digit (then `at` is inside a word). Other
  // letters count as outside: that only looks at more positions, never fewer.
  let inside = false;
  for (let at = 0; at + 1 < lower.length; at++) {
    const b = lower.charCodeAt(at + 1);
    const ids = (inside ? byPairInWord : byPair)[pairSlot(a, b)];
    inside = (a >= 97 && a <= 122) || (a >= 48 && a <= 57);
    a = b;
    if (!ids) continue;
    for (const id of ids) {
      if (hit[id] || !lower.startsWith(needles[id]!, at)) continue;
      hit[id] = 1;
      found.push(id);
    }
  }
  const out = [...set.always];
  const seen = new Uint16Array(set.patterns.length);
  for (const id of found) for (const i of set.users[id]!) if (++seen[i]! === set.needCount[i]) out.push(i);
  return out.sort((x, y) => x - y);
}

/** Returns the non-overlapping actor mentions in `text`, longest match first, in text order. */
export function findActorMentions(text: string, topic: Topic): ActorMention[] {
  const folded = foldKeepLength(text);
  const lower = folded.toLowerCase();
  const taken = new Uint8Array(text.length);
  const found: ActorMention[] = [];
  const set = patternsFor(topic);
  const add = (p: Pattern, start: number, end: number): void => {
    for (let i = start; i < end; i++) if (taken[i]) return;
    if (p.surname && insideOtherName(text, start, end)) return;
    taken.fill(1, start, end);
    found.push({ actorId: p.actorId, start, end, text: text.slice(start, end), via: p.via });
  };
  // Lower-casing keeps offsets unless the text has a letter whose lower case is longer ("İ").
  const aligned = lower.length === folded.length;
  for (const at of candidatePatterns(lower, set)) {
    const p = set.patterns[at]!;
    if (aligned && p.first !== null) {
      // The same matches as the global scan below: the leftmost match at or after the previous
      // one's end starts at the first occurrence of `first` from there at which the regex matches.
      const re = (p.sticky ??= new RegExp(p.source, p.acronym ? 'yu' : 'yiu'));
      let from = 0;
      for (let pos = lower.indexOf(p.first); pos >= 0; pos = lower.indexOf(p.first, Math.max(pos + 1, from))) {
        re.lastIndex = pos;
        const m = re.exec(folded);
        if (!m || (p.bare && !standsAlone(folded, pos, pos + m[0].length))) continue;
        from = pos + m[0].length;
        add(p, pos, from);
      }
      continue;
    }
    const re = (p.re ??= new RegExp(p.source, p.acronym ? 'gu' : 'giu'));
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const end = m.index + m[0].length;
      // A bare pattern's match that fails the boundary check: the next match may start one further.
      if (p.bare && !standsAlone(folded, m.index, end)) re.lastIndex = m.index + 1;
      else add(p, m.index, end);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Looks up an actor by id. */
export function actorById(topic: Topic, id: string): Actor | undefined {
  return topic.actors.find((a) => a.id === id);
}

/** The country or organisation an actor speaks for: itself, or a person's `country`. */
export function principalOf(topic: Topic, id: string): Actor | undefined {
  const actor = actorById(topic, id);
  if (actor?.type === 'person' && actor.country) return actorById(topic, actor.country) ?? actor;
  return actor;
}
