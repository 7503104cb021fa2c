/** Runs every extraction step over one article, in order, and assigns the published ids. */
import { cleanArticle } from './extract/clean.ts';
import { inferMetadata } from './extract/metadata.ts';
import { segmentArticle, type ArticleDoc } from './extract/segment.ts';
import { extractQuotes } from './extract/quotes.ts';
import { extractQuotedWords } from './extract/quoted-words.ts';
import { extractFigures } from './extract/figures.ts';
import { extractEvents } from './extract/events.ts';
import { extractPositions } from './extract/positions.ts';
import { extractArguments } from './extract/arguments.ts';
import { withArticleOfficials } from './extract/officials.ts';
import { correctFigures, correctPositions, correctQuotes, NO_OVERRIDES } from './apply-overrides.ts';
import type { ArticleFrontmatter } from './schema/article.ts';
import type { OverrideKey, Overrides } from './schema/overrides.ts';
import type { ArgumentMention, Figure, Position, Quote, QuotedWords, Source, TimelineEvent } from './schema/data.ts';
import type { Topic } from './schema/topic.ts';

/** Everything extracted from one article. */
export interface ArticleData {
  /** The published source record (metadata + cleaned text). */
  source: Source;
  /** Which metadata fields were inferred from the text rather than given in frontmatter. */
  inferred: Array<'title' | 'outlet' | 'published' | 'authors'>;
  /** Lines removed as web chrome, with the reason. */
  removed: Array<{ line: number; text: string; reason: string }>;
  /** The segmented text: paragraphs and sentences with anchor ids. */
  doc: ArticleDoc;
  quotes: Quote[];
  /** One- and two-word quotations tied to a speaker ("dismissed as “fake”"); not in quotes. */
  quotedWords: QuotedWords[];
  figures: Figure[];
  positions: Position[];
  events: TimelineEvent[];
  arguments: ArgumentMention[];
  /** Which entries of content/overrides.yaml corrected something in this article. */
  overridesUsed: OverrideKey[];
}

/** Input of the pipeline: one parsed source file and its slug. */
export interface ArticleInput {
  slug: string;
  frontmatter: ArticleFrontmatter;
  body: string;
}

/** Extracts all data from one article, applying the corrections in `overrides`; pure and deterministic. */
export function processArticle(input: ArticleInput, topic: Topic, overrides: Overrides = NO_OVERRIDES): ArticleData {
  const { slug, frontmatter, body } = input;
  const guessed = inferMetadata(body);
  const inferred: ArticleData['inferred'] = [];
  const pick = <K extends 'title' | 'outlet' | 'published'>(k: K): string | null => {
    if (frontmatter[k] !== null) return frontmatter[k];
    if (guessed[k] !== null) inferred.push(k);
    return guessed[k];
  };
  const title = pick('title');
  const outlet = pick('outlet');
  const published = pick('published');
  let authors = frontmatter.authors;
  if (authors.length === 0 && guessed.authors.length > 0) {
    authors = guessed.authors;
    inferred.push('authors');
  }

  const cleaned = cleanArticle(body, { title });
  const doc = segmentArticle(cleaned.paragraphs, published);
  // Officials the article ties to a country by title speak for it in this article only.
  const local = withArticleOfficials(doc, topic);
  const known = new Set(topic.actors.map((a) => a.id));
  const country = (id: string): string => local.actors.find((a) => a.id === id)?.country ?? id;
  // Corrections apply before positions and arguments are derived from the quotes, so they reach both.
  const quotes = correctQuotes(extractQuotes(doc, local), slug, overrides, topic);
  const quoteFindings = quotes.items;
  const figures = correctFigures(extractFigures(doc, topic), slug, overrides);
  const positions = correctPositions(extractPositions(doc, local, quoteFindings), slug, overrides, topic, doc);
  const withSource = <T extends object>(items: T[]): Array<T & { source: string }> =>
    items.map((item) => ({ source: slug, ...item }));
  const withIds = <T extends object>(items: T[], prefix: string): Array<T & { id: string; source: string }> =>
    items.map((item, i) => ({ id: `${slug}-${prefix}${i + 1}`, source: slug, ...item }));

  return {
    source: {
      id: slug,
      title,
      outlet,
      url: frontmatter.url,
      published,
      authors,
      text: cleaned.paragraphs.join('\n\n'),
    },
    inferred,
    removed: cleaned.removed,
    doc,
    // Published ids name topic actors only; an article's own official keeps the name as speaker.
    quotes: withIds(
      quoteFindings.map((q) => (q.speakerId && !known.has(q.speakerId) ? { ...q, speakerId: null } : q)),
      'q',
    ),
    quotedWords: withIds(
      extractQuotedWords(doc, local).map((w) =>
        w.speakerId && !known.has(w.speakerId) ? { ...w, speakerId: null } : w,
      ),
      'w',
    ),
    figures: withIds(figures.items, 'f'),
    positions: withSource(positions.items),
    events: withSource(extractEvents(doc, topic)),
    arguments: withSource(
      extractArguments(doc, local, quoteFindings).map((m) => ({
        ...m,
        actorIds: [...new Set(m.actorIds.map((id) => (known.has(id) ? id : country(id))))],
      })),
    ),
    overridesUsed: [...quotes.used, ...figures.used, ...positions.used],
  };
}
