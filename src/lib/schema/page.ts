/** Frontmatter of every explainer page, generated (content/generated/) or hand-written (content/pages/). */
import { z } from 'astro/zod';

/** What a page is: drives layout, navigation and search filters. */
export const pageKindSchema = z.enum(['home', 'explainer', 'actor', 'source', 'about']);

/** The frontmatter every explainer page must have; Astro validates pages with it. */
export const pageFrontmatterSchema = z.object({
  /** Page title, shown as its heading and in the browser tab. */
  title: z.string().min(1),
  /** One-sentence summary for search results and link previews. */
  description: z.string().min(1),
  /** What kind of page this is. */
  kind: pageKindSchema,
  /** Position in the main navigation; pages without it are not in the menu. */
  nav: z.number().int().optional(),
  /** Short label for the navigation menu (defaults to the title). */
  navLabel: z.string().optional(),
  /** For actor pages: the topic actor id. */
  actorId: z.string().optional(),
  /** For source pages: the source id. */
  sourceId: z.string().optional(),
  /** For pages that draw on some sources only (the newest): their ids, so the page's structured data lists what it shows; absent when it draws on all. */
  drawsOn: z.array(z.string()).optional(),
  /** For the arguments page when some argument shows only its newest sentences: argument id → the sentences shown, as `source#sentence`, so its structured data lists only these. */
  cites: z.record(z.string(), z.array(z.string())).optional(),
  /** For actor pages showing only their newest quotes: the ids of the quotes shown, so the page's structured data lists only these. */
  quotes: z.array(z.string()).optional(),
  /** For source pages: the outlet, used as a search filter. */
  outlet: z.string().nullable().optional(),
  /** Whether the page was written by the generator (true) or by hand. */
  generated: z.boolean().default(false),
  /** Generated region ids and frontmatter fields the contributor has taken over; the generator leaves them alone. */
  owned: z.array(z.string()).optional(),
  /** Written by the generator: fingerprints of the fields and regions it last wrote, to notice hand edits. */
  generator: z
    .object({
      /** Field name → fingerprint of the generated value. */
      fields: z.record(z.string(), z.string()),
      /** Region id → fingerprint of the generated text. */
      regions: z.record(z.string(), z.string()),
    })
    .optional(),
});

/** Validated page frontmatter. */
export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;
/** One of the page kinds. */
export type PageKind = z.infer<typeof pageKindSchema>;
