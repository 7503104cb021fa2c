import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageFrontmatterSchema } from './lib/schema/page.ts';
import { contentDir } from './content-dir.ts';

// An entry's id is its URL path: "sources/index" → "sources"; the home page keeps the id "index".
const generateId = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '').replace(/\/index$/, '');

/** The content collections: generated and hand-written explainer pages, one schema for both. */
export const collections = {
  /** Pages written by `npm run generate` from the articles and the topic config. */
  generated: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${contentDir}/generated`, generateId }),
    schema: pageFrontmatterSchema,
  }),
  /** Pages written by hand (About). */
  pages: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${contentDir}/pages`, generateId }),
    schema: pageFrontmatterSchema,
  }),
};
