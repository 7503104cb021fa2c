/** Finds the sentences that report the topic's legal arguments, and who makes each one. */
import type { ArticleDoc } from './segment.ts';
import type { Topic } from '../schema/topic.ts';
import type { QuoteFinding, ArgumentFinding } from '../schema/data.ts';
import { compileCue, findCues, holderOf, viewDocument, SPEECH_LEMMAS, type Cue } from './clauses.ts';

// Keyed by the arguments rather than the topic: each article's officials make a new topic that shares them.
const cache = new WeakMap<Topic['arguments'], Array<{ key: string; cue: Cue }>>();

function argumentCues(topic: Topic): Array<{ key: string; cue: Cue }> {
  let cues = cache.get(topic.arguments);
  if (!cues) {
    cues = topic.arguments.flatMap((a) => a.cues.map((c) => ({ key: a.id, cue: compileCue(c) })));
    cache.set(topic.arguments, cues);
  }
  return cues;
}

/**
 * Returns one finding per (sentence, argument). The arguer is the speaker of the quotation holding
 * the cue, or the clause subject when a speech act links it to the cue ("France declared that …");
 * an argument the article states without an arguer ("legal experts contend …") has no actorIds.
 * Negated cues ("did not invoke an armed conflict") are not reports of the argument.
 */
export function extractArguments(doc: ArticleDoc, topic: Topic, quotes: readonly QuoteFinding[]): ArgumentFinding[] {
  const dv = viewDocument(doc, topic, quotes);
  const cues = argumentCues(topic);
  const out: ArgumentFinding[] = [];
  dv.sentences.forEach((view, si) => {
    const bySentence = new Map<string, ArgumentFinding>();
    for (const m of findCues(view.tokens, cues)) {
      const h = holderOf(dv, si, m.from, m.to);
      if (h.negated && !m.cue.negative) continue;
      // "said, without evidence, that …": the writer's aside on the claim, not the speaker's argument.
      const before = view.tokens[m.from - 1]?.lower === ',' ? view.tokens[m.from - 2] : view.tokens[m.from - 1];
      const aside = before?.pos === 'VERB' && SPEECH_LEMMAS.has(before.lemma);
      const arguers = aside ? [] : h.spoken ? h.actorIds : (h.reporter ?? []);
      let finding = bySentence.get(m.key);
      if (!finding) {
        finding = {
          argument: m.key,
          actorIds: [],
          sentence: view.sentence.id,
          text: view.sentence.text,
          rule: `${arguers.length ? h.how : 'unattributed'}:${m.cue.phrase}`,
        };
        bySentence.set(m.key, finding);
        out.push(finding);
      }
      if (!finding.actorIds.length && arguers.length) finding.rule = `${h.how}:${m.cue.phrase}`;
      for (const id of arguers) if (!finding.actorIds.includes(id)) finding.actorIds.push(id);
    }
  });
  return out;
}
