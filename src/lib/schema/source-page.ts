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

/** One sentence of a source page. */
export type SourceSentence = z.infer<typeof sourceSentenceSchema>;
/** One paragraph of a source page. */
export type SourceParagraph = z.infer<typeof sourceParagraphSchema>;
/** The data of one source page. */
export type SourcePageData = z.infer<typeof sourcePageDataSchema>;
