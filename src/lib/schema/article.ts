/** Frontmatter of a raw article in `content/articles/`: what the text itself shows, `null` where it shows nothing. */
import { z } from 'astro/zod';

/** A calendar date written YYYY-MM-DD that exists (no 2025-02-30). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date written YYYY-MM-DD', abort: true })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'this date does not exist in the calendar');

/** The frontmatter every file in content/articles/ must have; unknown fields are refused, since a misspelt one would be silently ignored. */
export const articleFrontmatterSchema = z.strictObject({
  /** Headline as published, or null if the text shows none. */
  title: z.string().min(1).nullable(),
  /** Publication that ran the article, or null if the text does not say. */
  outlet: z.string().min(1).nullable(),
  /** Where the article was published (http or https only: a javascript: or data: address would run in the reader's browser), or null. */
  url: z.url({ protocol: /^https?$/, message: 'expected a web address starting with https:// or http://' }).nullable(),
  /** Publication date (YYYY-MM-DD), or null if the text shows no date. */
  published: isoDate.nullable(),
  /** Bylined authors; empty when none are shown. */
  authors: z.array(z.string().min(1)),
});

/** Validated article frontmatter. */
export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
