/**
 * Finds the officials an article names with a title that ties them to a country ("Dutch Defence
 * Minister Ruben Brekelmans", "José Manuel Albares, Spain's foreign minister,") and returns the
 * topic completed with them for this article, so their quotes and stances count for their country
 * although the topic config does not know them.
 */
import type { ArticleDoc } from './segment.ts';
import type { Actor, Topic } from '../schema/topic.ts';
import { findActorMentions } from './actors.ts';
import { foldText, slugify } from '../text/fold.ts';

// An office whose holder speaks for a government. Lawmakers, judges and "former" officials speak
// for no one (the topic config's rule for people), so they are not here.
const OFFICE = String.raw`(?:(?:deputy|vice|acting|prime|foreign|defen[cs]e|interior|home|justice|security|finance|economy|trade|state|war|chief|senior|top)\s+){0,3}(?:minister|secretary|president|premier|chancellor|ambassador|envoy|diplomat|spokes(?:person|man|woman)|attorney\s+general|(?:minister|secretary)\s+(?:of|for)\s+(?:foreign\s+affairs|defen[cs]e|the\s+interior|home\s+affairs|security|justice))`;
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]+`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:(?:de|da|del|dos|van|von|der|den|la|le|y)\s+)?${NAME_WORD}){1,3}`;
// A word every OFFICE match contains.
const OFFICE_WORD = /minister|secretary|president|premier|chancellor|ambassador|envoy|diplomat|spokes|attorney/iu;
// The office right after a country mention ("Dutch Defence Minister", "Spain's foreign minister").
const OFFICE_AFTER = new RegExp(String.raw`^(?:['’]s?)?\s+(${OFFICE})\b`, 'iu');
// Case-sensitive, so kept apart from the case-insensitive office: the name after the title ...
const NAME_AFTER = new RegExp(String.raw`^\s*,?\s+(${NAME})`, 'u');
// ... or before the country mention ("José Manuel Albares, Spain's foreign minister").
const NAME_BEFORE = new RegExp(String.raw`(${NAME}),\s+(?:the\s+|a\s+)?$`, 'u');
const NOT_NAME = /^(?:The|A|An|And|But|In|On|At|For|Minister|Secretary|President|Foreign|Prime|Defen[cs]e)$/u;
const FORMER = /\b(?:former|ex-|retired|opposition)\s*$/iu;

function nameOk(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && !words.some((w) => NOT_NAME.test(w));
}

/** What withArticleOfficials needs to know of the topic's actors, the same for every article. */
interface Known {
  countries: Set<string>;
  /** Every name, alias and role phrase of the topic, folded. */
  taken: Set<string>;
  ids: string[];
}

const knownByTopic = new WeakMap<Topic, Known>();

function knownOf(topic: Topic): Known {
  let known = knownByTopic.get(topic);
  if (!known) {
    known = {
      countries: new Set(topic.actors.filter((a) => a.type !== 'person').map((a) => a.id)),
      taken: new Set(topic.actors.flatMap((a) => [a.name, ...a.aliases, ...a.roles].map(foldText))),
      ids: topic.actors.map((a) => a.id),
    };
    knownByTopic.set(topic, known);
  }
  return known;
}

/** Returns the topic's actors plus each official the article ties to a known country by title. */
export function withArticleOfficials(doc: ArticleDoc, topic: Topic): Topic {
  // Computed once per topic: only `ids` grows within an article, so it is copied.
  const known = knownOf(topic);
  const { countries, taken } = known;
  const ids = new Set(known.ids);
  const found = new Map<string, Actor>();
  const add = (name: string, country: string, title: string, role: string): void => {
    const key = foldText(name);
    if (taken.has(key) || found.has(key)) return;
    const words = name.split(/\s+/);
    // A person already in the config, named in full with a middle name ("Gustavo Francisco Petro"): not new.
    if (taken.has(foldText(words[words.length - 1]!)) && words.length > 2) return;
    let id = slugify(name);
    while (ids.has(id)) id += '-2';
    ids.add(id);
    const surname = words[words.length - 1]!;
    found.set(key, {
      id,
      name,
      type: 'person',
      country,
      role: title.replace(/\s+/g, ' '),
      aliases: taken.has(foldText(surname)) ? [] : [surname],
      roles: taken.has(foldText(role)) ? [] : [role],
    });
  };
  for (const p of doc.paragraphs) {
    const text = p.text;
    // Without an office there is no official: most paragraphs are ruled out before actor matching.
    if (!OFFICE_WORD.test(text)) continue;
    for (const m of findActorMentions(text, topic)) {
      if (!countries.has(m.actorId)) continue;
      const preceding = text.slice(Math.max(0, m.start - 80), m.start);
      if (FORMER.test(preceding)) continue;
      const after = text.slice(m.end, m.end + 120);
      const office = OFFICE_AFTER.exec(after);
      if (!office) continue;
      const role = text.slice(m.start, m.end + office[0].length);
      const named = NAME_AFTER.exec(after.slice(office[0].length));
      const before = NAME_BEFORE.exec(preceding);
      if (named && nameOk(named[1]!)) add(named[1]!, m.actorId, office[1]!, role);
      else if (before && nameOk(before[1]!)) add(before[1]!, m.actorId, office[1]!, role);
    }
  }
  if (!found.size) return topic;
  return { ...topic, actors: [...topic.actors, ...found.values()] };
}
