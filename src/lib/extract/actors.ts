/** Finds mentions of the topic's actors (names, aliases, role phrases) in text. */
import type { Actor, Topic } from '../schema/topic.ts';
import { escapeRegExp, foldKeepLength } from '../text/fold.ts';

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
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  const found: ActorMention[] = [];
  for (const p of patternsFor(topic)) {
    p.re.lastIndex = 0;
    for (const m of folded.matchAll(p.re)) {
      const start = m.index;
      const end = start + m[0].length;
      let free = true;
      for (let i = start; i < end; i++) if (taken[i]) free = false;
      if (!free) continue;
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
