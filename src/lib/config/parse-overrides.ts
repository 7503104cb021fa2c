/** Parses and checks content/overrides.yaml against its schema and the topic config. */
import { InputError, type Problem } from '../errors.ts';
import { overridesSchema, type Overrides } from '../schema/overrides.ts';
import type { Topic } from '../schema/topic.ts';
import { validateYaml, yamlLineFinder } from './validate-yaml.ts';

/** Where each override entry is, for messages: key ("quotes[2]") → 1-based line. */
export type OverrideLines = Map<string, number | undefined>;

/** Parses overrides YAML; throws InputError naming each unknown actor, stance or metric with its line. */
export function parseOverrides(
  text: string,
  file: string,
  topic: Topic,
): { overrides: Overrides; lines: OverrideLines } {
  // A file holding only comments means no corrections.
  const parsed: Overrides = validateYaml(text, overridesSchema.nullable(), file) ?? {
    quotes: [],
    figures: [],
    positions: [],
  };
  const lineOf = yamlLineFinder(text);
  const lines: OverrideLines = new Map();
  for (const kind of ['quotes', 'figures', 'positions'] as const)
    parsed[kind].forEach((_, i) => lines.set(`${kind}[${i}]`, lineOf([kind, i])));

  const problems: Problem[] = [];
  const actors = new Set(topic.actors.map((a) => a.id));
  const stances = new Set(topic.stances.map((s) => s.id));
  const metrics = new Set(topic.metrics.map((m) => m.id));
  const unknown = (path: Array<string | number>, what: string, value: string, known: Set<string>) =>
    problems.push({
      file,
      line: lineOf(path),
      message: `unknown ${what} "${value}"`,
      fix: `use one of the ${what} ids in topic.yaml (${[...known].slice(0, 8).join(', ')}${known.size > 8 ? ', …' : ''}), or add it there`,
    });
  parsed.quotes.forEach((q, i) => {
    if (q.speaker && !actors.has(q.speaker)) unknown(['quotes', i, 'speaker'], 'actor', q.speaker, actors);
    if (q.speaker !== undefined && q.speakerName !== undefined)
      problems.push({
        file,
        line: lineOf(['quotes', i]),
        message: 'both "speaker" and "speakerName" are given',
        fix: 'use "speaker" for an actor in topic.yaml, "speakerName" for anyone else',
      });
    if (q.speaker === undefined && q.speakerName === undefined && !q.remove)
      problems.push({
        file,
        line: lineOf(['quotes', i]),
        message: 'this quote override changes nothing',
        fix: 'add "speaker", "speakerName" or "remove: true"',
      });
  });
  parsed.figures.forEach((f, i) => {
    if (f.metric && !f.metric.startsWith('other:') && !metrics.has(f.metric))
      unknown(['figures', i, 'metric'], 'metric', f.metric, metrics);
  });
  parsed.positions.forEach((p, i) => {
    if (!actors.has(p.match.actor)) unknown(['positions', i, 'match', 'actor'], 'actor', p.match.actor, actors);
    p.removeStances?.forEach((s, j) => {
      if (!stances.has(s)) unknown(['positions', i, 'removeStances', j], 'stance', s, stances);
    });
    p.addStances?.forEach((s, j) => {
      if (!stances.has(s.stance)) unknown(['positions', i, 'addStances', j, 'stance'], 'stance', s.stance, stances);
    });
  });
  if (problems.length) throw new InputError(problems);
  return { overrides: parsed, lines };
}
