/**
 * The data of one source page, written by `npm run generate` to content/generated/sources/<id>.json
 * and rendered by the one route src/pages/sources/[slug].astro (not compiled as MDX, so the build
 * scales to thousands of articles).
 */
import { z } from 'astro/zod';
import { pageFrontmatterSchema } from './page.ts';

/** One sentence of the article text, with its anchor. */
export const sourceSentenceSchema = z.object({
  /** Anchor id (`s-…`) that citations link to. */
  id: z.string(),
  /** The text between the previous sentence and this one (a space, usually; empty for the first). */
  gap: z.string(),
  /** The sentence as the article wrote it. */
  text: z.string(),
});

/** One paragraph of the article text. */
export const sourceParagraphSchema = z.object({
  /** Anchor id (`p-…`) of the paragraph. */
  id: z.string(),
  /** Its sentences, in order. */
  sentences: z.array(sourceSentenceSchema),
});

/** Everything a source page shows. */
export const sourcePageDataSchema = z.object({
  /** The page's frontmatter, as an MDX page would have it. */
  frontmatter: pageFrontmatterSchema,
  /** HTML before the article text: metadata list and the "Article text" heading. */
  intro: z.string(),
  /** The cleaned article text, sentence by sentence. */
  paragraphs: z.array(sourceParagraphSchema),
  /** HTML after the article text: what was extracted from it, and the lines removed as web chrome. */
  extracted: z.string(),
});

/** One row of the full list of sources (content/generated/sources-list.json), shown page by page at /sources/all/. */
export const sourceListRowSchema = z.object({
  /** The source's id (its page is /sources/<id>/). */
  id: z.string(),
  /** Its title, or a stand-in made from its outlet and opening words. */
  title: z.string(),
  /** Its outlet, or null. */
  outlet: z.string().nullable(),
  /** Its publication date (YYYY-MM-DD), or null. */
  published: z.string().nullable(),
  /** Quotes extracted from it. */
  quotes: z.number().int().nonnegative(),
  /** Figures extracted from it. */
  figures: z.number().int().nonnegative(),
  /** Dated events extracted from it. */
  events: z.number().int().nonnegative(),
});

/** One sentence of a source page. */
export type SourceSentence = z.infer<typeof sourceSentenceSchema>;
/** One paragraph of a source page. */
export type SourceParagraph = z.infer<typeof sourceParagraphSchema>;
/** One row of the full list of sources. */
export type SourceListRow = z.infer<typeof sourceListRowSchema>;
/** The data of one source page. */
export type SourcePageData = z.infer<typeof sourcePageDataSchema>;
