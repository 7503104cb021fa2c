/**
 * Completes a topic's actors with general world knowledge: every country's demonym, capital and
 * seat of government, and each office-holder's role as news copy varies it ("British Defence
 * Secretary", "Britain's defence secretary", "Defence Secretary of the United Kingdom").
 */
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
function withWorldCountries(topic: Topic): Topic {
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

const isAcronym = (s: string): boolean => /^[A-Z.]+$/.test(s.replace(/\s/g, '')) && /[A-Z]/.test(s);

// The ways to name a country before or after an office: adjectives ("British", "UK"), possessors
// ("Britain's") and "of" objects ("of the United Kingdom").
function countryForms(country: Actor, world: WorldCountry | undefined): { adjectives: string[]; nouns: string[] } {
  const names = [country.name, ...(world?.names ?? [])];
  const adjectives = [...(world?.demonyms ?? []), ...[country.name, ...country.aliases].filter(isAcronym)];
  const nouns = [...new Set(names.map((n) => n.replace(/^the\s+/i, '')))].filter((n) => !isAcronym(n));
  return { adjectives: [...new Set(adjectives)], nouns };
}

const OFFICE_WORD =
  /\b(?:minister|secretary|president|premier|chancellor|ambassador|envoy|spokes\w+|leader|chief|commander)\b/i;

function titleOf(role: string, forms: { adjectives: string[]; nouns: string[] }): string | null {
  const folded = foldText(role);
  for (const f of [...forms.adjectives, ...forms.nouns.map((n) => `${n}'s`), ...forms.nouns]) {
    const key = foldText(f);
    if (folded.startsWith(`${key} `)) return role.slice(f.length).trim();
  }
  const of = /^(.*?)\s+of\s+(?:the\s+)?(.+)$/i.exec(role);
  if (of && forms.nouns.some((n) => foldText(n) === foldText(of[2]!))) return of[1]!.trim();
  return null;
}

/** Adds each person's role in every form news copy uses for their country, where no actor already claims it. */
function withRoleVariants(topic: Topic): Topic {
  const owner = new Map<string, string>();
  for (const a of topic.actors) for (const p of [a.name, ...a.aliases, ...a.roles]) owner.set(foldText(p), a.id);
  const actors = topic.actors.map((a) => {
    const country = a.type === 'person' && a.country ? topic.actors.find((c) => c.id === a.country) : undefined;
    if (!country || country.type !== 'country') return a;
    const world = WORLD_COUNTRIES.find((w) => w.name === country.name);
    const forms = countryForms(country, world);
    const roles = [...a.roles];
    for (const role of [a.role ?? '', ...a.roles]) {
      const title = titleOf(role, forms);
      if (!title || !OFFICE_WORD.test(title)) continue;
      const spellings = /defen[cs]e/i.test(title)
        ? [
            title.replace(/defen[cs]e/i, (m) => m.slice(0, 5) + 'ce'),
            title.replace(/defen[cs]e/i, (m) => m.slice(0, 5) + 'se'),
          ]
        : [title];
      for (const t of spellings)
        for (const variant of [
          ...forms.adjectives.map((adj) => `${adj} ${t}`),
          ...forms.nouns.map((n) => (n.endsWith('s') ? `${n}' ${t}` : `${n}'s ${t}`)),
          ...forms.nouns.flatMap((n) => [`${t} of ${n}`, `${t} of the ${n}`]),
        ]) {
          const key = foldText(variant);
          if (owner.has(key)) continue;
          owner.set(key, a.id);
          roles.push(variant);
        }
    }
    return roles.length === a.roles.length ? a : { ...a, roles };
  });
  return { ...topic, actors };
}

/** The topic completed with world knowledge: countries it lacks, their names, and office-holders' role variants. */
export function withWorldKnowledge(topic: Topic): Topic {
  return withRoleVariants(withWorldCountries(topic));
}
