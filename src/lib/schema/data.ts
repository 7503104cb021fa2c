/**
 * The published data (`/data/*.json`): one schema per file. Field names are a public
 * interface; add fields, never rename them.
 */
import { z } from 'astro/zod';

/** An article after cleaning, as published in sources.json. */
export const sourceSchema = z.object({
  /** Slug of the article; other records point here with `source`. */
  id: z.string(),
  /** Headline, from frontmatter or inferred; null when unknown. */
  title: z.string().nullable(),
  /** Publishing outlet; null when unknown. */
  outlet: z.string().nullable(),
  /** Article URL; null when unknown. */
  url: z.string().nullable(),
  /** Publication date YYYY-MM-DD; null when unknown. */
  published: z.string().nullable(),
  /** Authors; empty when unknown. */
  authors: z.array(z.string()),
  /** Cleaned article text, paragraphs separated by a blank line. */
  text: z.string(),
});

/** A direct quotation with its speaker. */
export const quoteSchema = z.object({
  /** Unique id (`<source>-q<n>`). */
  id: z.string(),
  /** Source id. */
  source: z.string(),
  /** Speaker's display name, or null when the article gives no clear speaker. */
  speaker: z.string().nullable(),
  /** Topic actor id of the speaker, or null when the speaker is not in the topic config. */
  speakerId: z.string().nullable(),
  /** The quoted words, without the quotation marks. */
  text: z.string(),
  /** True when the quote is a fragment embedded in the writer's own sentence. */
  partial: z.boolean(),
  /** Anchor id of the sentence where the quote starts, on the source page. */
  sentence: z.string(),
  /** Name of the rule that attributed the speaker, for tracing a wrong result. */
  rule: z.string(),
});

/** One or two quoted words a speaker is tied to by a speech or labelling verb ("dismissed as “fake”"). */
export const quotedWordsSchema = z.object({
  /** Unique id (`<source>-w<n>`). */
  id: z.string(),
  /** Source id. */
  source: z.string(),
  /** Speaker's display name. */
  speaker: z.string(),
  /** Topic actor id of the speaker, or null when the speaker is not in the topic config. */
  speakerId: z.string().nullable(),
  /** The quoted word or words, without the quotation marks or trailing punctuation. */
  text: z.string(),
  /** The writer's clause that ties the words to the speaker, from the speaker phrase to the quote. */
  phrase: z.string(),
  /** The whole sentence holding the quote, as written. */
  context: z.string(),
  /** Anchor id of the sentence on the source page. */
  sentence: z.string(),
  /** Name of the rule that tied the words to the speaker, for tracing a wrong result. */
  rule: z.string(),
});

/** The qualifiers a reported number can carry. */
export const qualifierSchema = z.enum([
  'exact',
  'at least',
  'more than',
  'nearly',
  'about',
  'up to',
  'over',
  'less than',
]);

/** A number that matters to the story, as one source reported it. */
export const figureSchema = z.object({
  /** Unique id (`<source>-f<n>`). */
  id: z.string(),
  /** Source id. */
  source: z.string(),
  /** Metric id from the topic config, or `other:<slug>` for other quantities. */
  metric: z.string(),
  /** The number (percentages as 85, money in units of the currency). */
  value: z.number(),
  /** How the source qualified the number. */
  qualifier: qualifierSchema,
  /** Unit ("people", "strikes", "percent", "USD"). */
  unit: z.string(),
  /** The snippet of the sentence that states the number. */
  text: z.string(),
  /** Anchor id of the sentence on the source page. */
  sentence: z.string(),
  /** Name of the rule that produced it. */
  rule: z.string(),
});

/** Evidence for one stance: the sentence that shows it. */
export const stanceEvidenceSchema = z.object({
  /** Stance id from the topic config. */
  stance: z.string(),
  /** Anchor id of the evidence sentence. */
  sentence: z.string(),
  /** The evidence sentence's text. */
  text: z.string(),
  /** Name of the rule that produced it. */
  rule: z.string(),
});

/** The stances one actor takes in one article. */
export const positionSchema = z.object({
  /** Source id. */
  source: z.string(),
  /** Actor's display name. */
  actor: z.string(),
  /** Topic actor id. */
  actorId: z.string(),
  /** Stance ids, in the order first found. */
  stances: z.array(z.string()),
  /** One or more evidence sentences per stance. */
  evidence: z.array(stanceEvidenceSchema),
});

/** A dated event for the timeline. */
export const eventSchema = z.object({
  /** Source id. */
  source: z.string(),
  /** YYYY-MM-DD for day precision, YYYY-MM for month precision. */
  date: z.string(),
  /** How precisely the article dates the event. */
  precision: z.enum(['day', 'month']),
  /** One-line description of what happened. */
  summary: z.string(),
  /** Anchor id of the sentence on the source page. */
  sentence: z.string(),
  /** The words that date the event ("on Tuesday", "in late October"). */
  dateText: z.string(),
  /** Name of the rule that produced it. */
  rule: z.string(),
});

/** One report of a legal argument in one article. */
export const argumentMentionSchema = z.object({
  /** Source id. */
  source: z.string(),
  /** Legal argument id from the topic config. */
  argument: z.string(),
  /** Actor ids of who makes the argument in this sentence; empty if unstated. */
  actorIds: z.array(z.string()),
  /** Anchor id of the sentence on the source page. */
  sentence: z.string(),
  /** The sentence's text. */
  text: z.string(),
  /** Name of the rule that produced it. */
  rule: z.string(),
});

/** A record of sources.json. */
export type Source = z.infer<typeof sourceSchema>;
/** A record of quotes.json. */
export type Quote = z.infer<typeof quoteSchema>;
/** A record of quoted-words.json. */
export type QuotedWords = z.infer<typeof quotedWordsSchema>;
/** How a source qualified a number ("at least", "nearly", …). */
export type Qualifier = z.infer<typeof qualifierSchema>;
/** A record of figures.json. */
export type Figure = z.infer<typeof figureSchema>;
/** One evidence sentence of a position. */
export type StanceEvidence = z.infer<typeof stanceEvidenceSchema>;
/** A record of positions.json. */
export type Position = z.infer<typeof positionSchema>;
/** A record of events.json. */
export type TimelineEvent = z.infer<typeof eventSchema>;
/** A record of arguments.json. */
export type ArgumentMention = z.infer<typeof argumentMentionSchema>;

/** What extractQuotes returns for one quote: the record minus the ids the pipeline assigns. */
export type QuoteFinding = Omit<Quote, 'id' | 'source'>;
/** What extractQuotedWords returns for one quotation: the record minus the ids the pipeline assigns. */
export type QuotedWordsFinding = Omit<QuotedWords, 'id' | 'source'>;
/** What extractFigures returns for one figure. */
export type FigureFinding = Omit<Figure, 'id' | 'source'>;
/** What extractPositions returns for one actor. */
export type PositionFinding = Omit<Position, 'source'>;
/** What extractEvents returns for one event. */
export type EventFinding = Omit<TimelineEvent, 'source'>;
/** What extractArguments returns for one sentence and argument. */
export type ArgumentFinding = Omit<ArgumentMention, 'source'>;
