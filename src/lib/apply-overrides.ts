/**
 * Applies content/overrides.yaml to one article's findings. It runs inside the pipeline, between
 * extraction steps: a corrected quote speaker must be in place before positions and arguments are
 * derived from the quotes, so the correction reaches every page and every data file.
 */
import type { ArticleDoc } from './extract/segment.ts';
import type { FigureFinding, PositionFinding, QuoteFinding } from './schema/data.ts';
import type { OverrideKey, Overrides } from './schema/overrides.ts';
import type { Topic } from './schema/topic.ts';
import { foldText } from './text/fold.ts';

/** Findings after corrections, and which override entries matched something. */
export interface Corrected<T> {
  /** The corrected findings. */
  items: T[];
  /** Keys of the override entries that matched a finding ("quotes[0]"). */
  used: OverrideKey[];
}

/** No corrections. */
export const NO_OVERRIDES: Overrides = { quotes: [], figures: [], positions: [] };

const RULE = 'override';

/** Corrects the speakers of, or removes, quotes of source `source`. */
export function correctQuotes(
  quotes: readonly QuoteFinding[],
  source: string,
  overrides: Overrides,
  topic: Topic,
): Corrected<QuoteFinding> {
  const used: OverrideKey[] = [];
  let items = [...quotes];
  overrides.quotes.forEach((o, i) => {
    if (o.match.source !== source) return;
    const hits = items.filter(
      (q) => q.sentence === o.match.sentence && (!o.match.text || foldText(q.text).includes(foldText(o.match.text))),
    );
    if (!hits.length) return;
    used.push(`quotes[${i}]`);
    if (o.remove) {
      items = items.filter((q) => !hits.includes(q));
      return;
    }
    const actor = o.speaker ? topic.actors.find((a) => a.id === o.speaker) : undefined;
    items = items.map((q) =>
      hits.includes(q)
        ? {
            ...q,
            speaker: actor?.name ?? o.speakerName ?? null,
            speakerId: actor?.id ?? null,
            rule: RULE,
          }
        : q,
    );
  });
  return { items, used };
}

/** Corrects the value, qualifier, metric or unit of, or removes, figures of source `source`. */
export function correctFigures(
  figures: readonly FigureFinding[],
  source: string,
  overrides: Overrides,
): Corrected<FigureFinding> {
  const used: OverrideKey[] = [];
  let items = [...figures];
  overrides.figures.forEach((o, i) => {
    if (o.match.source !== source) return;
    const { sentence, metric, value } = o.match;
    const hits = items.filter(
      (f) =>
        f.sentence === sentence &&
        (metric === undefined || f.metric === metric) &&
        (value === undefined || f.value === value),
    );
    if (!hits.length) return;
    used.push(`figures[${i}]`);
    if (o.remove) {
      items = items.filter((f) => !hits.includes(f));
      return;
    }
    items = items.map((f) =>
      hits.includes(f)
        ? {
            ...f,
            value: o.value ?? f.value,
            qualifier: o.qualifier ?? f.qualifier,
            metric: o.metric ?? f.metric,
            unit: o.unit ?? f.unit,
            rule: RULE,
          }
        : f,
    );
  });
  return { items, used };
}

/** Removes or adds stances of actors in source `source`; an added stance's evidence is its sentence in `doc`. */
export function correctPositions(
  positions: readonly PositionFinding[],
  source: string,
  overrides: Overrides,
  topic: Topic,
  doc: ArticleDoc,
): Corrected<PositionFinding> {
  const used: OverrideKey[] = [];
  const sentences = new Map(doc.paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, s.text] as const)));
  let items = [...positions];
  overrides.positions.forEach((o, i) => {
    if (o.match.source !== source) return;
    const actor = topic.actors.find((a) => a.id === o.match.actor);
    if (!actor) return;
    const current: PositionFinding = items.find((p) => p.actorId === actor.id) ?? {
      actor: actor.name,
      actorId: actor.id,
      stances: [],
      evidence: [],
    };
    const remove = new Set(o.removeStances ?? []);
    const add = (o.addStances ?? []).filter((s) => sentences.has(s.sentence));
    const removes = current.stances.some((s) => remove.has(s));
    if (!removes && add.length === 0) return;
    used.push(`positions[${i}]`);
    const evidence = [
      ...current.evidence.filter((e) => !remove.has(e.stance)),
      ...add.map((s) => ({
        stance: s.stance,
        sentence: s.sentence,
        text: sentences.get(s.sentence) ?? '',
        rule: RULE,
      })),
    ];
    const stances = [...new Set(evidence.map((e) => e.stance))];
    const next = { ...current, stances, evidence };
    items = items.some((p) => p.actorId === actor.id)
      ? items.map((p) => (p.actorId === actor.id ? next : p))
      : [...items, next];
    items = items.filter((p) => p.stances.length > 0);
  });
  return { items, used };
}
