/** The search filters of a page: what Pagefind lets a reader narrow results by (type, actor, stance, outlet). */
import type { Position, Quote } from '../schema/data.ts';
import type { PageKind } from '../schema/page.ts';
import type { Topic } from '../schema/topic.ts';

/** Filter name → values, as written to `data-pagefind-filter` or a custom record's `filters`. */
export type SearchFilters = Record<string, string[]>;

/** The page-type filter value of a page kind: the reader's words, not the generator's. */
export function searchType(kind: PageKind): string {
  return kind === 'home' || kind === 'about' ? 'explainer' : kind;
}

/** A topic actor's display name, or the id when the topic does not know it. */
export const actorNameOf = (topic: Topic, id: string): string => topic.actors.find((x) => x.id === id)?.name ?? id;

/** The actor ids a record by `actorId` counts for: the actor and the country or body it speaks for. */
export function actorAndParent(topic: Topic, actorId: string): string[] {
  const parent = topic.actors.find((x) => x.id === actorId)?.country;
  return parent ? [actorId, parent] : [actorId];
}

const uniqueSorted = (values: Iterable<string>) => [...new Set(values)].sort((x, y) => x.localeCompare(y));

/** Returns the filters of a generated page from its frontmatter and the site's data. */
export function pageSearchFilters(
  page: {
    kind: PageKind;
    actorId?: string | undefined;
    sourceId?: string | undefined;
    outlet?: string | null | undefined;
  },
  data: { topic: Topic; positions: readonly Position[]; quotes: readonly Quote[] },
): SearchFilters {
  const { topic } = data;
  const filters: SearchFilters = { type: [searchType(page.kind)] };
  if (page.kind === 'actor' && page.actorId) {
    const voices = new Set([page.actorId, ...topic.actors.filter((x) => x.country === page.actorId).map((x) => x.id)]);
    filters['actor'] = [actorNameOf(topic, page.actorId)];
    const stances = data.positions.filter((x) => voices.has(x.actorId)).flatMap((x) => x.stances);
    const labels = uniqueSorted(stances.map((s) => topic.stances.find((x) => x.id === s)?.label ?? s));
    if (labels.length) filters['stance'] = labels;
  }
  if (page.kind === 'source' && page.sourceId) {
    if (page.outlet) filters['outlet'] = [page.outlet];
    const ids = [
      ...data.positions.filter((x) => x.source === page.sourceId).map((x) => x.actorId),
      ...data.quotes.filter((q) => q.source === page.sourceId && q.speakerId).map((q) => q.speakerId!),
    ];
    const names = uniqueSorted(ids.map((id) => actorNameOf(topic, id)));
    if (names.length) filters['actor'] = names;
  }
  return filters;
}
