/** Parses and checks the topic config, including the cross-references no schema can express alone. */
import { InputError, type Problem } from '../errors.ts';
import { topicSchema, type Topic } from '../schema/topic.ts';
import { foldText } from '../text/fold.ts';
import { validateYaml, yamlLineFinder } from './validate-yaml.ts';
import { withWorldKnowledge } from '../extract/world-actors.ts';

/**
 * Parses topic YAML; throws InputError naming each duplicate id or alias and each dangling reference.
 * The result also knows every country's demonym, capital and seat of government (world-actors.ts).
 */
export function parseTopic(text: string, file: string): Topic {
  const topic = validateYaml(text, topicSchema, file);
  const lineOf = yamlLineFinder(text);
  const problems: Problem[] = [];
  const ids = new Set<string>();
  const phrases = new Map<string, string>();
  for (const [i, a] of topic.actors.entries()) {
    if (ids.has(a.id))
      problems.push({
        file,
        line: lineOf(['actors', i, 'id']),
        message: `actor id "${a.id}" is used twice`,
        fix: 'give each actor its own id',
      });
    ids.add(a.id);
  }
  for (const [i, a] of topic.actors.entries()) {
    if (a.country && !ids.has(a.country))
      problems.push({
        file,
        line: lineOf(['actors', i, 'country']),
        message: `actor "${a.id}" speaks for "${a.country}", which is not an actor`,
        fix: `add an actor with id "${a.country}" or correct the country`,
      });
    const paths = [['name'], ...a.aliases.map((_, j) => ['aliases', j]), ...a.roles.map((_, j) => ['roles', j])];
    for (const [k, p] of [a.name, ...a.aliases, ...a.roles].entries()) {
      const key = foldText(p);
      const other = phrases.get(key);
      if (other && other !== a.id)
        problems.push({
          file,
          line: lineOf(['actors', i, ...(paths[k] ?? [])]),
          message: `alias "${p}" belongs to both "${other}" and "${a.id}"`,
          fix: 'keep the alias on one actor only',
        });
      phrases.set(key, a.id);
    }
  }
  for (const [kind, key, list] of [
    ['stance', 'stances', topic.stances],
    ['argument', 'arguments', topic.arguments],
    ['metric', 'metrics', topic.metrics],
  ] as const) {
    const seen = new Set<string>();
    for (const [i, item] of list.entries()) {
      if (seen.has(item.id))
        problems.push({
          file,
          line: lineOf([key, i, 'id']),
          message: `${kind} id "${item.id}" is used twice`,
          fix: `give each ${kind} its own id`,
        });
      seen.add(item.id);
    }
  }
  const stanceIds = new Set(topic.stances.map((s) => s.id));
  topic.stances.forEach((s, i) =>
    s.subsumedBy.forEach((other, j) => {
      if (!stanceIds.has(other))
        problems.push({
          file,
          line: lineOf(['stances', i, 'subsumedBy', j]),
          message: `stance "${s.id}" is subsumed by "${other}", which is not a stance`,
          fix: `add a stance with id "${other}" or correct subsumedBy`,
        });
    }),
  );
  if (problems.length) throw new InputError(problems);
  return withWorldKnowledge(topic);
}
