/**
 * The topic config: everything the pipeline knows about one story. Code holds no
 * story-specific names; a new story is a new config plus new articles.
 */
import { z } from 'astro/zod';

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lowercase letters, digits, "-" or "_"');

/** A person, country or organisation that speaks or takes positions in the story. */
export const actorSchema = z.object({
  /** Stable id used in URLs and data (`colombia`, `gustavo-petro`). */
  id,
  /** Canonical display name ("Gustavo Petro", "United Kingdom"). */
  name: z.string().min(1),
  /** What kind of actor this is. */
  type: z.enum(['country', 'organisation', 'person']),
  /** For a person: the id of the country or organisation they speak for. */
  country: id.optional(),
  /** For a person: their role, shown next to their quotes ("President of Colombia"). */
  role: z.string().optional(),
  /** Other names the articles use: surnames, demonyms, capitals, accent-free spellings. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Role phrases that refer to this person ("Colombian President", "president of Colombia"). */
  roles: z.array(z.string().min(1)).default([]),
});

/** One stance an actor can take towards the story's central action. */
export const stanceSchema = z.object({
  /** Stable id (`condemns_strikes`). */
  id,
  /** Short label for tables and headings. */
  label: z.string(),
  /** Phrases that signal this stance when an actor is the subject or speaker. */
  cues: z.array(z.string().min(1)).min(1),
  /** Stronger stances that include this one: an actor holding one of them in an article is not also given this one. */
  subsumedBy: z.array(id).default([]),
});

/** A legal argument made for or against the central action. */
export const legalArgumentSchema = z.object({
  /** Stable id (`armed-conflict`). */
  id,
  /** The claim in one line. */
  title: z.string(),
  /** Whether the argument justifies or contests the action. */
  side: z.enum(['justifying', 'contesting']),
  /** A sentence or two explaining the argument, shown on its card. */
  summary: z.string(),
  /** Phrases whose presence in a sentence means the article reports this argument. */
  cues: z.array(z.string().min(1)).min(1),
});

/** A quantity the story tracks across sources (a death toll, a count of strikes). */
export const metricSchema = z.object({
  /** Stable id used in data (`people_killed`). */
  id,
  /** Label for headings ("People killed"). */
  label: z.string(),
  /** Unit the values are counted in ("people", "strikes"). */
  unit: z.string(),
  /** Whether the metric is a core one, shown on the home page. */
  core: z.boolean().default(false),
  /** Nouns that, right after a number, make it this metric ("people", "boats"). */
  nouns: z.array(z.string().min(1)).default([]),
  /** Phrases near a number that make it this metric ("killed", "death toll"). */
  cues: z.array(z.string().min(1)).default([]),
});

/** The whole topic config file. */
export const topicSchema = z.object({
  /** Stable id of the story. */
  id,
  /** Site title. */
  title: z.string(),
  /** One-paragraph description used for the home page lead and meta description. */
  description: z.string(),
  /** The central action the stances and arguments are about ("the strikes"). */
  subject: z.string(),
  /** Everyone who speaks or takes a position. */
  actors: z.array(actorSchema),
  /** The stance vocabulary. */
  stances: z.array(stanceSchema),
  /** Legal arguments for and against. */
  arguments: z.array(legalArgumentSchema),
  /** Tracked quantities. */
  metrics: z.array(metricSchema),
});

/** An actor of the topic config. */
export type Actor = z.infer<typeof actorSchema>;
/** A stance of the topic config. */
export type Stance = z.infer<typeof stanceSchema>;
/** A legal argument of the topic config. */
export type LegalArgument = z.infer<typeof legalArgumentSchema>;
/** A metric of the topic config. */
export type Metric = z.infer<typeof metricSchema>;
/** A validated topic config. */
export type Topic = z.infer<typeof topicSchema>;
