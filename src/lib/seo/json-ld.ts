/**
 * Structured data (schema.org JSON-LD) for a page, from the site's published data: a NewsArticle
 * for a source page, Quotation items for pages that list quotes, Claim items for legal arguments.
 * A page lists only the records of the sources it draws on (`drawsOn`), looked up in an index built
 * once per site, so each page costs what it shows, not what the whole corpus holds.
 */
import type { ArgumentMention, Quote, Source } from '../schema/data.ts';
import type { PageKind } from '../schema/page.ts';
import type { Topic } from '../schema/topic.ts';

/** What a page is, as far as its structured data is concerned. */
export interface JsonLdPage {
  /** Absolute canonical URL of the page. */
  url: string;
  /** The page's collection id (its path without slashes, `index` for home). */
  id: string;
  kind: PageKind;
  title: string;
  description: string;
  sourceId?: string | undefined;
  actorId?: string | undefined;
  /** The sources a bounded page draws on (its frontmatter `drawsOn`); absent when it draws on all. */
  drawsOn?: readonly string[] | undefined;
  /** Argument id → the sentences the arguments page shows for it, as `source#sentence` (its frontmatter `cites`); absent when it shows all it draws on. */
  cites?: Readonly<Record<string, readonly string[]>> | undefined;
  /** The ids of the quotes an actor page shows (its frontmatter `quotes`); absent when it shows all it draws on. */
  quotes?: readonly string[] | undefined;
}

/** The published data the structured data is drawn from. */
export interface JsonLdData {
  topic: Topic;
  sources: readonly Source[];
  quotes: readonly Quote[];
  arguments: readonly ArgumentMention[];
}

/** The published data indexed by source, built once per site by `indexJsonLdData`. */
export interface JsonLdIndex {
  topic: Topic;
  actors: Map<string, Topic['actors'][number]>;
  sources: Map<string, Source>;
  quotes: readonly Quote[];
  arguments: readonly ArgumentMention[];
  quotesBySource: Map<string, Quote[]>;
  argumentsBySource: Map<string, ArgumentMention[]>;
}

type Thing = Record<string, unknown>;

/** Indexes the published data by source and actor, once for the whole site. */
export function indexJsonLdData(data: JsonLdData): JsonLdIndex {
  return {
    topic: data.topic,
    actors: new Map(data.topic.actors.map((x) => [x.id, x])),
    sources: new Map(data.sources.map((x) => [x.id, x])),
    quotes: data.quotes,
    arguments: data.arguments,
    quotesBySource: Map.groupBy(data.quotes, (q) => q.source),
    argumentsBySource: Map.groupBy(data.arguments, (m) => m.source),
  };
}

/** The records of the sources a page draws on, in the order of its `drawsOn`; every record when it draws on all. */
const shown = <T>(page: JsonLdPage, all: readonly T[], bySource: Map<string, T[]>): readonly T[] =>
  page.drawsOn ? page.drawsOn.flatMap((id) => bySource.get(id) ?? []) : all;

const CONTEXT = 'https://schema.org';

/** The schema.org type that names an actor of the topic. */
const actorType = (type: Topic['actors'][number]['type']) =>
  type === 'person' ? 'Person' : type === 'country' ? 'Country' : 'Organization';

/** The absolute URL of a sentence on a source page. */
const sentenceUrl = (pageUrl: string, source: string, sentence: string) =>
  new URL(`/sources/${source}/#${sentence}`, pageUrl).href;

function quotation(page: JsonLdPage, data: JsonLdIndex, q: Quote): Thing {
  const actor = q.speakerId ? data.actors.get(q.speakerId) : undefined;
  return {
    '@type': 'Quotation',
    text: q.text,
    ...(q.speaker
      ? { spokenByCharacter: { '@type': actor ? actorType(actor.type) : 'Person', name: actor?.name ?? q.speaker } }
      : {}),
    url: sentenceUrl(page.url, q.source, q.sentence),
  };
}

function newsArticle(page: JsonLdPage, src: Source): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: src.title ?? page.title,
    ...(src.published ? { datePublished: src.published } : {}),
    ...(src.authors.length ? { author: src.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
    ...(src.outlet ? { publisher: { '@type': 'Organization', name: src.outlet } } : {}),
    ...(src.url ? { url: src.url } : {}),
    mainEntityOfPage: page.url,
    description: page.description,
  };
}

function claims(page: JsonLdPage, data: JsonLdIndex, mentions: readonly ArgumentMention[]): Thing[] {
  return data.topic.arguments.flatMap((arg) => {
    const cited = page.cites && new Set(page.cites[arg.id]);
    const found = mentions.filter((m) => m.argument === arg.id && (!cited || cited.has(`${m.source}#${m.sentence}`)));
    if (!found.length) return [];
    const authors = [...new Set(found.flatMap((m) => m.actorIds))].flatMap((id) => {
      const actor = data.actors.get(id);
      return actor ? [{ '@type': actorType(actor.type), name: actor.name }] : [];
    });
    return [
      {
        '@type': 'Claim',
        name: arg.title,
        text: arg.summary,
        ...(authors.length ? { author: authors } : {}),
        appearance: found.map((m) => ({ '@type': 'CreativeWork', url: sentenceUrl(page.url, m.source, m.sentence) })),
      },
    ];
  });
}

/** A list of items as one JSON-LD document, or null when there is nothing to describe. */
const graph = (items: Thing[]): Thing | null => (items.length ? { '@context': CONTEXT, '@graph': items } : null);

/** Returns the JSON-LD object for a page, or null when no schema.org type fits it. */
export function buildJsonLd(page: JsonLdPage, data: JsonLdIndex): Thing | null {
  if (page.kind === 'source') {
    const src = page.sourceId ? data.sources.get(page.sourceId) : undefined;
    return src ? newsArticle(page, src) : null;
  }
  const quotes = () => shown(page, data.quotes, data.quotesBySource);
  if (page.kind === 'actor' && page.actorId) {
    const voices = new Set([
      page.actorId,
      ...data.topic.actors.filter((x) => x.country === page.actorId).map((x) => x.id),
    ]);
    // The published data is in file order, not newest first, so the quotes shown are named, not counted.
    const listed = page.quotes && new Set(page.quotes);
    return graph(
      quotes()
        .filter((q) => q.speakerId && voices.has(q.speakerId) && (!listed || listed.has(q.id)))
        .map((q) => quotation(page, data, q)),
    );
  }
  if (page.id === 'quotes') return graph(quotes().map((q) => quotation(page, data, q)));
  if (page.id === 'arguments') return graph(claims(page, data, shown(page, data.arguments, data.argumentsBySource)));
  return null;
}

/** Serialises JSON-LD for a `<script type="application/ld+json">` body: `<` is escaped so no text can close the element. */
export function serializeJsonLd(value: Thing): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
