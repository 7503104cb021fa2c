/** Extracts each actor's stances in an article: stance cues held by the actor as subject or speaker. */
import type { ArticleDoc } from './segment.ts';
import type { Topic } from '../schema/topic.ts';
import type { QuoteFinding, PositionFinding } from '../schema/data.ts';
import { actorById, principalOf } from './actors.ts';
import { compileCue, findCues, holderOf, viewDocument, type Cue, type SentenceView } from './clauses.ts';
import type { Token } from './tag.ts';

interface StanceCues {
  cues: Array<{ key: string; cue: Cue }>;
  /** stance id → stances its negation or denial amounts to, from cues written `not(<stance id>)`. */
  inverse: Map<string, string[]>;
}

// Keyed by the stances rather than the topic: each article's officials make a new topic that shares them.
const cache = new WeakMap<Topic['stances'], StanceCues>();
const INVERSE = /^not\(\s*([a-z0-9_-]+)\s*\)$/;

function stanceCues(topic: Topic): StanceCues {
  let compiled = cache.get(topic.stances);
  if (!compiled) {
    const inverse = new Map<string, string[]>();
    const cues: Array<{ key: string; cue: Cue }> = [];
    for (const s of topic.stances) {
      for (const c of s.cues) {
        const inv = INVERSE.exec(c.trim());
        if (inv) inverse.set(inv[1]!, [...(inverse.get(inv[1]!) ?? []), s.id]);
        else cues.push({ key: s.id, cue: compileCue(c) });
      }
    }
    compiled = { cues, inverse };
    cache.set(topic.stances, compiled);
  }
  return compiled;
}

function targetsPerson(
  tokens: readonly Token[],
  mentions: SentenceView['mentions'],
  at: number,
  topic: Topic,
): boolean {
  if (tokens[at - 1]?.pos !== 'VERB') return false;
  let k = at;
  while (tokens[k]?.pos === 'DET') k++;
  const object = mentions.find((g) => g.from === k);
  if (!object || object.actorIds.length !== 1 || tokens[object.to]?.lower === "'s") return false;
  return actorById(topic, object.actorIds[0]!)?.type === 'person';
}

/**
 * Returns one finding per actor with a stance in the article. A cue counts for the subject of its
 * clause or the speaker of its quotation, not for actors it merely mentions; negated and hedged
 * cues count for no one. A stance written `not(<other stance>)` in the config is also taken by an
 * actor who negates that other stance ("has not halted intelligence sharing") or disputes a report
 * of it ("pushing back on suggestions that … had halted …"). A person's stance is recorded under
 * the country or organisation they speak for, with the person at the end of the evidence's rule.
 */
export function extractPositions(doc: ArticleDoc, topic: Topic, quotes: readonly QuoteFinding[]): PositionFinding[] {
  const dv = viewDocument(doc, topic, quotes);
  const { cues, inverse } = stanceCues(topic);
  const byActor = new Map<string, PositionFinding>();
  const add = (id: string, stance: string, si: number, rule: string): void => {
    const sentence = dv.sentences[si]!.sentence;
    const principal = principalOf(topic, id) ?? actorById(topic, id);
    if (!principal) return;
    let finding = byActor.get(principal.id);
    if (!finding) {
      finding = { actor: principal.name, actorId: principal.id, stances: [], evidence: [] };
      byActor.set(principal.id, finding);
    }
    if (!finding.stances.includes(stance)) finding.stances.push(stance);
    if (finding.evidence.some((e) => e.stance === stance && e.sentence === sentence.id)) return;
    finding.evidence.push({
      stance,
      sentence: sentence.id,
      text: sentence.text,
      rule: principal.id !== id ? `${rule}>${id}` : rule,
    });
  };
  dv.sentences.forEach((view, si) => {
    const matches = findCues(view.tokens, cues);
    for (const m of matches) {
      // A verb cue aimed at a person ("condemned Petro as …", "called Petro an illegal …") judges
      // the person, not the action.
      if (targetsPerson(view.tokens, view.mentions, m.from + 1, topic)) continue;
      const h = holderOf(dv, si, m.from, m.to);
      const inverted = inverse.get(m.key) ?? [];
      if (h.hedged) continue;
      if (h.negated && !m.cue.negative) {
        for (const id of h.actorIds) for (const s of inverted) add(id, s, si, `negated-${h.how}:${m.cue.phrase}`);
        continue;
      }
      // A report the holder disputes with a cue of its own ("pushing back on suggestions that …").
      if (h.frame >= 0 && matches.some((d) => d !== m && d.from <= h.frame && h.frame < d.to)) {
        for (const id of h.framedBy) for (const s of inverted) add(id, s, si, `disputed:${m.cue.phrase}`);
        continue;
      }
      for (const id of h.actorIds) add(id, m.key, si, `${h.how}:${m.cue.phrase}`);
    }
  });
  // "Questions the legality" is what an actor says short of condemning: a stronger stance held in
  // the same article includes it (the config's `subsumedBy`).
  for (const finding of byActor.values()) {
    const weaker = (st: string): boolean =>
      topic.stances.find((x) => x.id === st)?.subsumedBy.some((s) => finding.stances.includes(s)) ?? false;
    finding.stances = finding.stances.filter((st) => !weaker(st));
    finding.evidence = finding.evidence.filter((e) => !weaker(e.stance));
  }
  return [...byActor.values()];
}
