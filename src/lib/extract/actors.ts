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
  re: RegExp;
  via: 'name' | 'role';
  length: number;
  /** A person's one-word alias (a surname): must not be part of someone else's name. */
  surname: boolean;
  /** Lower-cased letters every match must contain, checked before the regex runs (most texts lack most names). */
  needle: string;
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

const cache = new WeakMap<Topic, Pattern[]>();

// An all-capitals alias (US, UK, EU, UN, NATO) is an acronym: matched case-sensitively, so
// "US" never matches the pronoun "us". Anything else matches case-insensitively.
function toPattern(actor: Actor, phrase: string, via: 'name' | 'role'): Pattern {
  const folded = foldKeepLength(phrase);
  const acronym = /^[A-Z.]+$/.test(folded.replace(/[\s-]/g, '')) && /[A-Z]/.test(folded);
  const body = escapeRegExp(folded).replace(/\\\./g, '\\.?').replace(/\s+/g, '\\s+');
  // Possessive endings ("Colombia's") are allowed; letters after the phrase are not.
  return {
    actorId: actor.id,
    re: new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, acronym ? 'gu' : 'giu'),
    via,
    length: phrase.length,
    surname: actor.type === 'person' && via === 'name' && !/\s/.test(phrase.trim()),
    // The longest run of letters and digits (dots and spaces may vary in a match: "U.S." matches
    // "US"); the longest is the rarest, so most texts are ruled out without running the regex.
    needle: (folded.match(/[\p{L}\p{N}]+/gu) ?? ['']).reduce((x, y) => (y.length > x.length ? y : x)).toLowerCase(),
  };
}

function patternsFor(topic: Topic): Pattern[] {
  let patterns = cache.get(topic);
  if (!patterns) {
    patterns = topic.actors.flatMap((a) => [
      ...[a.name, ...a.aliases].map((p) => toPattern(a, p, 'name')),
      ...a.roles.map((p) => toPattern(a, p, 'role')),
    ]);
    // Longest phrases first, so "Colombian President" wins over "Colombian".
    patterns.sort((x, y) => y.length - x.length);
    cache.set(topic, patterns);
  }
  return patterns;
}

/** Returns the non-overlapping actor mentions in `text`, longest match first, in text order. */
export function findActorMentions(text: string, topic: Topic): ActorMention[] {
  const folded = foldKeepLength(text);
  const lower = folded.toLowerCase();
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  const found: ActorMention[] = [];
  for (const p of patternsFor(topic)) {
    if (!lower.includes(p.needle)) continue;
    p.re.lastIndex = 0;
    for (const m of folded.matchAll(p.re)) {
      const start = m.index;
      const end = start + m[0].length;
      let free = true;
      for (let i = start; i < end; i++) if (taken[i]) free = false;
      if (!free) continue;
      if (p.surname && insideOtherName(text, start, end)) continue;
      for (let i = start; i < end; i++) taken[i] = true;
      found.push({ actorId: p.actorId, start, end, text: text.slice(start, end), via: p.via });
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
