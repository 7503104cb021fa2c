/**
 * Search records of their own for quotes and figures, so a search for words a quote uses ("fake")
 * or for what a figure counts ("death toll") finds that quote or figure, not only the page holding it.
 */
import type { Figure, Quote, QuotedWords, Source } from '../schema/data.ts';
import type { Topic } from '../schema/topic.ts';
import { compareSourcesNewestFirst } from '../generate/cite.ts';
import { actorAndParent, actorNameOf, type SearchFilters } from './page-filters.ts';

/** One Pagefind custom record (the shape `index.addCustomRecord` takes). */
export interface SearchRecord {
  /** Where the result leads: the sentence on its source page. */
  url: string;
  /** The indexed text. */
  content: string;
  language: string;
  /** Shown with the result; `title` is its heading. */
  meta: Record<string, string>;
  filters: SearchFilters;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The words a sentence is cited by: "The Wall Street Journal, 2025-11-15". */
const citation = (src: Source | undefined) =>
  [src?.outlet ?? src?.title, src?.published].filter((x): x is string => Boolean(x)).join(', ');

function quoteRecord(topic: Topic, q: Quote, src: Source | undefined): SearchRecord {
  const actor = q.speakerId ? topic.actors.find((x) => x.id === q.speakerId) : undefined;
  const speaker = actor?.name ?? q.speaker ?? 'Unattributed';
  const words = oneLine(q.text);
  const filters: SearchFilters = { type: ['quote'] };
  if (q.speakerId) filters['actor'] = actorAndParent(topic, q.speakerId).map((id) => actorNameOf(topic, id));
  if (src?.outlet) filters['outlet'] = [src.outlet];
  return {
    url: `/sources/${q.source}/#${q.sentence}`,
    content: `“${words}” — ${speaker}${actor?.role ? `, ${actor.role}` : ''}. ${citation(src)}`,
    language: 'en',
    // The speaker is in the content, not the title: the title weighs most in ranking, and a
    // search for a name should rank that actor's page above each of their quotes.
    meta: { title: `“${words.length > 90 ? `${words.slice(0, 88).trimEnd()}…` : words}”`, speaker, kind: 'Quote' },
    filters,
  };
}

// One or two quoted words ("fake") get a record of their own holding the whole sentence, so a
// search for the word finds who said it even though quotes.json has no quote that short.
function quotedWordsRecord(topic: Topic, w: QuotedWords, src: Source | undefined): SearchRecord {
  const actor = w.speakerId ? topic.actors.find((x) => x.id === w.speakerId) : undefined;
  const speaker = actor?.name ?? w.speaker;
  const filters: SearchFilters = { type: ['quote'] };
  if (w.speakerId) filters['actor'] = actorAndParent(topic, w.speakerId).map((id) => actorNameOf(topic, id));
  if (src?.outlet) filters['outlet'] = [src.outlet];
  return {
    url: `/sources/${w.source}/#${w.sentence}`,
    content: `“${oneLine(w.text)}” — ${speaker}${actor?.role ? `, ${actor.role}` : ''}: ${oneLine(w.context)} ${citation(src)}`,
    language: 'en',
    meta: { title: `“${oneLine(w.text)}”`, speaker, kind: 'Quote' },
    filters,
  };
}

function figureRecord(topic: Topic, f: Figure, src: Source | undefined): SearchRecord {
  const metric = topic.metrics.find((m) => m.id === f.metric);
  const label = metric?.label ?? f.metric.replace(/^other:/, '').replace(/-/g, ' ');
  const value = `${f.qualifier === 'exact' ? '' : `${f.qualifier} `}${f.value.toLocaleString('en-US')} ${f.unit}`;
  const filters: SearchFilters = { type: ['figure'] };
  if (src?.outlet) filters['outlet'] = [src.outlet];
  return {
    url: `/sources/${f.source}/#${f.sentence}`,
    // The metric's cue words ("death toll", "killed") are indexed with it: readers search for
    // what a number counts, in words the sentence itself may not use.
    content: `${label}: ${value}. “${oneLine(f.text)}” ${citation(src)}. ${(metric?.cues ?? []).join(', ')}`,
    language: 'en',
    meta: { title: `${label}: ${value} (${citation(src) || 'undated source'})`, kind: 'Figure' },
    filters,
  };
}

/** The ids of the `limit` newest sources (the ones the explainer pages draw on), newest first. */
export function newestSourceIds(sources: readonly Source[], limit: number): string[] {
  return [...sources]
    .sort(compareSourcesNewestFirst)
    .slice(0, limit)
    .map((s) => s.id);
}

/**
 * Returns one search record per quote, quoted word or words, and figure of the `limit` newest
 * sources, each leading to its sentence. Bounded because Pagefind's memory and its metadata file
 * (fetched by every first search) grow with each record; quotes and figures of older sources are
 * still found, on their source pages, which are all indexed.
 */
export function buildSearchRecords(
  topic: Topic,
  data: {
    sources: readonly Source[];
    quotes: readonly Quote[];
    quotedWords?: readonly QuotedWords[];
    figures: readonly Figure[];
  },
  limit = Infinity,
): SearchRecord[] {
  const sourceById = new Map(data.sources.map((s) => [s.id, s]));
  const kept = new Set(newestSourceIds(data.sources, limit));
  const inKept = (x: { source: string }) => kept.has(x.source);
  return [
    ...data.quotes.filter(inKept).map((q) => quoteRecord(topic, q, sourceById.get(q.source))),
    ...(data.quotedWords ?? []).filter(inKept).map((w) => quotedWordsRecord(topic, w, sourceById.get(w.source))),
    ...data.figures.filter(inKept).map((f) => figureRecord(topic, f, sourceById.get(f.source))),
  ];
}
