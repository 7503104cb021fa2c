/**
 * Corrections to what extraction found (`content/overrides.yaml`): one place to fix a wrong
 * speaker, figure or stance, applied before pages and `/data/*.json` are written so both agree.
 * Records are matched by source id and sentence anchor id (the `#s-…` of the sentence on its source
 * page), which stay stable when extraction changes, unlike positional record ids.
 */
import { z } from 'astro/zod';
import { qualifierSchema } from './data.ts';

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'use an id: lowercase letters, digits, "-" or "_"');
const sentence = z.string().regex(/^s-[a-z0-9]+$/, 'use a sentence anchor id like "s-1hyldyc"');

/** Which quote an override is about. */
export const quoteMatchSchema = z.strictObject({
  /** Source id (the article's file name without `.md`). */
  source: id,
  /** Anchor id of the sentence where the quote starts. */
  sentence,
  /** A few words of the quote, when the sentence holds more than one. */
  text: z.string().min(1).optional(),
});

/** A correction of one quote. */
export const quoteOverrideSchema = z.strictObject({
  /** The quote to correct. */
  match: quoteMatchSchema,
  /** The right speaker: an actor id from topic.yaml, or null when the article names no clear speaker. */
  speaker: id.nullable().optional(),
  /** The right speaker's name, for someone who is not in topic.yaml (instead of `speaker`). */
  speakerName: z.string().min(1).optional(),
  /** True when this is not a quote at all: it is dropped everywhere. */
  remove: z.literal(true).optional(),
  /** Why, for reviewers. */
  note: z.string().optional(),
});

/** A correction of one figure. */
export const figureOverrideSchema = z.strictObject({
  /** The figure to correct. */
  match: z.strictObject({
    /** Source id. */
    source: id,
    /** Anchor id of the sentence that states the figure. */
    sentence,
    /** The metric it was filed under, when the sentence states more than one figure. */
    metric: z.string().min(1).optional(),
    /** The value it was extracted with, when the sentence states more than one figure. */
    value: z.number().optional(),
  }),
  /** The right value. */
  value: z.number().optional(),
  /** The right qualifier. */
  qualifier: qualifierSchema.optional(),
  /** The right metric: a metric id from topic.yaml or `other:<slug>`. */
  metric: z.string().min(1).optional(),
  /** The right unit. */
  unit: z.string().min(1).optional(),
  /** True when this is not a figure of the story: it is dropped everywhere. */
  remove: z.literal(true).optional(),
  /** Why, for reviewers. */
  note: z.string().optional(),
});

/** A correction of one actor's position in one source. */
export const positionOverrideSchema = z.strictObject({
  /** The position to correct. */
  match: z.strictObject({
    /** Source id. */
    source: id,
    /** Actor id from topic.yaml. */
    actor: id,
  }),
  /** Stance ids the actor does not take in this source. */
  removeStances: z.array(id).optional(),
  /** Stances the actor takes, each with the sentence that shows it. */
  addStances: z
    .array(z.strictObject({ /** Stance id from topic.yaml. */ stance: id, /** Evidence sentence. */ sentence }))
    .optional(),
  /** Why, for reviewers. */
  note: z.string().optional(),
});

/** The whole overrides file; every list may be left out. */
export const overridesSchema = z.strictObject({
  /** Quote corrections. */
  quotes: z.array(quoteOverrideSchema).default([]),
  /** Figure corrections. */
  figures: z.array(figureOverrideSchema).default([]),
  /** Position corrections. */
  positions: z.array(positionOverrideSchema).default([]),
});

/** A parsed overrides file. */
export type Overrides = z.infer<typeof overridesSchema>;
/** One quote correction. */
export type QuoteOverride = z.infer<typeof quoteOverrideSchema>;
/** One figure correction. */
export type FigureOverride = z.infer<typeof figureOverrideSchema>;
/** One position correction. */
export type PositionOverride = z.infer<typeof positionOverrideSchema>;
/** Names one override entry ("quotes[2]"), so its use can be tracked across worker threads. */
export type OverrideKey = `${keyof Overrides}[${number}]`;
