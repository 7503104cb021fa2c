/**
 * Structured data (schema.org JSON-LD) for a page, from the site's published data: a NewsArticle
 * for a source page, Quotation items for pages that list quotes, Claim items for legal arguments.
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
}

/** The published data the structured data is drawn from. */
export interface JsonLdData {
  topic: Topic;
  sources: readonly Source[];
  quotes: readonly Quote[];
  arguments: readonly ArgumentMention[];
}

type Thing = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

/** The schema.org type that names an actor of the topic. */
const actorType = (type: Topic['actors'][number]['type']) =>
  type === 'person' ? 'Person' : type === 'country' ? 'Country' : 'Organization';

/** The absolute URL of a sentence on a source page. */
const sentenceUrl = (pageUrl: string, source: string, sentence: string) =>
  new URL(`/sources/${source}/#${sentence}`, pageUrl).href;

function quotation(page: JsonLdPage, data: JsonLdData, q: Quote): Thing {
  const actor = q.speakerId ? data.topic.actors.find((x) => x.id === q.speakerId) : undefined;
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

function claims(page: JsonLdPage, data: JsonLdData, mentions: readonly ArgumentMention[]): Thing[] {
  return data.topic.arguments.flatMap((arg) => {
    const found = mentions.filter((m) => m.argument === arg.id);
    if (!found.length) return [];
    const authors = [...new Set(found.flatMap((m) => m.actorIds))].flatMap((id) => {
      const actor = data.topic.actors.find((x) => x.id === id);
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
export function buildJsonLd(page: JsonLdPage, data: JsonLdData): Thing | null {
  if (page.kind === 'source') {
    const src = data.sources.find((x) => x.id === page.sourceId);
    return src ? newsArticle(page, src) : null;
  }
  if (page.kind === 'actor' && page.actorId) {
    const voices = new Set([
      page.actorId,
      ...data.topic.actors.filter((x) => x.country === page.actorId).map((x) => x.id),
    ]);
    return graph(
      data.quotes.filter((q) => q.speakerId && voices.has(q.speakerId)).map((q) => quotation(page, data, q)),
    );
  }
  if (page.id === 'quotes') return graph(data.quotes.map((q) => quotation(page, data, q)));
  if (page.id === 'arguments') return graph(claims(page, data, data.arguments));
  return null;
}

/** Serialises JSON-LD for a `<script type="application/ld+json">` body: `<` is escaped so no text can close the element. */
export function serializeJsonLd(value: Thing): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
