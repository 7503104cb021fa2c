/** Parses and checks the topic config, including the cross-references no schema can express alone. */
import { InputError, type Problem } from '../errors.ts';
import { topicSchema, type Topic } from '../schema/topic.ts';
import { foldText } from '../text/fold.ts';
import { validateYaml } from './validate-yaml.ts';
import { withWorldKnowledge } from '../extract/world-actors.ts';

/**
 * Parses topic YAML; throws InputError naming each duplicate id or alias and each dangling reference.
 * The result also knows every country's demonym, capital and seat of government (world-actors.ts).
 */
export function parseTopic(text: string, file: string): Topic {
  const topic = validateYaml(text, topicSchema, file);
  const problems: Problem[] = [];
  const ids = new Set<string>();
  const phrases = new Map<string, string>();
  for (const a of topic.actors) {
    if (ids.has(a.id))
      problems.push({ file, message: `actor id "${a.id}" is used twice`, fix: 'give each actor its own id' });
    ids.add(a.id);
  }
  for (const a of topic.actors) {
    if (a.country && !ids.has(a.country))
      problems.push({
        file,
        message: `actor "${a.id}" speaks for "${a.country}", which is not an actor`,
        fix: `add an actor with id "${a.country}" or correct the country`,
      });
    for (const p of [a.name, ...a.aliases, ...a.roles]) {
      const key = foldText(p);
      const other = phrases.get(key);
      if (other && other !== a.id)
        problems.push({
          file,
          message: `alias "${p}" belongs to both "${other}" and "${a.id}"`,
          fix: 'keep the alias on one actor only',
        });
      phrases.set(key, a.id);
    }
  }
  for (const [kind, list] of [
    ['stance', topic.stances],
    ['argument', topic.arguments],
    ['metric', topic.metrics],
  ] as const) {
    const seen = new Set<string>();
    for (const item of list) {
      if (seen.has(item.id))
        problems.push({ file, message: `${kind} id "${item.id}" is used twice`, fix: `give each ${kind} its own id` });
      seen.add(item.id);
    }
  }
  const stanceIds = new Set(topic.stances.map((s) => s.id));
  for (const s of topic.stances)
    for (const other of s.subsumedBy)
      if (!stanceIds.has(other))
        problems.push({
          file,
          message: `stance "${s.id}" is subsumed by "${other}", which is not a stance`,
          fix: `add a stance with id "${other}" or correct subsumedBy`,
        });
  if (problems.length) throw new InputError(problems);
  return withWorldKnowledge(topic);
}
