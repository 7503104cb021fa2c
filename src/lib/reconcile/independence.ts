/**
 * Which sources are independent of each other. Two articles from the same outlet are one voice;
 * so is wire copy an outlet republishes: a story datelined "(Reuters)" or credited to the
 * Associated Press counts as Reuters or AP, whichever outlet carried it. Everything else is
 * independent when its outlet differs; a source without an outlet counts on its own.
 */
import type { Source } from '../schema/data.ts';
import { foldText } from '../text/fold.ts';

// Wire services by the names their copy carries in datelines and credits. General world
// knowledge, not story knowledge.
const WIRES: ReadonlyArray<{ name: string; marks: RegExp }> = [
  { name: 'Reuters', marks: /\(Reuters\)|\bReuters\s*[-—–]|^\s*Reuters\b|Reporting by\b/mu },
  { name: 'Associated Press', marks: /\(AP\)|\bAssociated Press\s*[-—–]|^\s*(?:AP|Associated Press)\b\s*$/mu },
  { name: 'AFP', marks: /\(AFP\)|\bAgence France-Presse\s*[-—–]/mu },
  { name: 'EFE', marks: /\(EFE\)/u },
  { name: 'Bloomberg', marks: /\(Bloomberg\)/u },
];

// Outlet names vary in articles and frontmatter ("The Guardian", "Guardian", "guardian.com").
function outletKey(outlet: string): string {
  return foldText(outlet)
    .replace(/^the\s+/, '')
    .replace(/\.(?:com|co\.uk|org|net|news)$/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The voice a source speaks with: a wire service whose copy it carries, its outlet, or itself. */
export function independentSourceKey(source: Pick<Source, 'id' | 'outlet' | 'text'>): string {
  const opening = source.text.slice(0, 400);
  const wire = WIRES.find((w) => w.marks.test(opening));
  if (wire) return `wire:${outletKey(wire.name)}`;
  if (source.outlet && outletKey(source.outlet)) return `outlet:${outletKey(source.outlet)}`;
  return `source:${source.id}`;
}

/** How many sources support a claim and how many of them are independent of each other. */
export interface Support {
  /** Distinct sources reporting the claim. */
  sources: number;
  /** Distinct voices among them (outlets, wire services). */
  independent: number;
}

/** Grades a claim by the sources that report it. */
export function gradeSupport(sourceIds: Iterable<string>, sources: ReadonlyMap<string, Source>): Support {
  const ids = new Set(sourceIds);
  const keys = new Set(
    [...ids].map((id) => (sources.get(id) ? independentSourceKey(sources.get(id)!) : `source:${id}`)),
  );
  return { sources: ids.size, independent: keys.size };
}

/** "5 sources", "3 sources, 2 independent", "single source". */
export function formatSupport(s: Support): string {
  if (s.sources <= 1) return 'single source';
  if (s.independent === s.sources) return `${s.sources} sources`;
  if (s.independent === 1) return `${s.sources} sources, one outlet`;
  return `${s.sources} sources, ${s.independent} independent`;
}
