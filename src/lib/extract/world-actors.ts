/** Completes a topic's actors with general world knowledge: every country's demonym, capital and seat of government. */
import type { Actor, Topic } from '../schema/topic.ts';
import { WORLD_COUNTRIES, type WorldCountry } from '../text/countries.ts';
import { foldText, slugify } from '../text/fold.ts';

function phrasesOf(w: WorldCountry): string[] {
  return [...w.names, ...w.demonyms, ...w.demonyms.map((d) => `${d} government`), ...w.seats];
}

/**
 * Returns the topic with each world country known to the config given the names it lacks
 * ("Danish", "The Hague", "Downing Street"), and each other world country added as a country
 * actor, so "Norway's foreign ministry said" has a holder although the config never names Norway.
 * A phrase the config already gives to any actor stays with that actor: the config wins.
 */
export function withWorldCountries(topic: Topic): Topic {
  const owner = new Map<string, string>();
  for (const a of topic.actors) for (const p of [a.name, ...a.aliases, ...a.roles]) owner.set(foldText(p), a.id);
  const ids = new Set(topic.actors.map((a) => a.id));
  const extended = topic.actors.map((a) => ({ ...a, aliases: [...a.aliases] }));
  const added: Actor[] = [];
  for (const w of WORLD_COUNTRIES) {
    const existing = extended.find(
      (a) => a.type === 'country' && [w.name, ...w.names].some((n) => owner.get(foldText(n)) === a.id),
    );
    let actor = existing;
    if (!actor) {
      if (owner.has(foldText(w.name)) || ids.has(slugify(w.name))) continue;
      actor = { id: slugify(w.name), name: w.name, type: 'country', aliases: [], roles: [] };
      ids.add(actor.id);
      owner.set(foldText(w.name), actor.id);
      added.push(actor);
    }
    for (const p of phrasesOf(w)) {
      if (owner.has(foldText(p))) continue;
      owner.set(foldText(p), actor.id);
      actor.aliases.push(p);
    }
  }
  return { ...topic, actors: [...extended, ...added] };
}
