/** PLACEHOLDER until this extraction step lands. */
import type { ArticleDoc } from './segment.ts';
import type { Topic } from '../schema/topic.ts';
import type { QuoteFinding } from '../schema/data.ts';
/** Extracts nothing yet. */
export function extractQuotes(_doc: ArticleDoc, _topic: Topic): QuoteFinding[] {
  return [];
}
