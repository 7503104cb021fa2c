/** PLACEHOLDER until this extraction step lands. */
import type { ArticleDoc } from './segment.ts';
import type { Topic } from '../schema/topic.ts';
import type { EventFinding } from '../schema/data.ts';
/** Extracts nothing yet. */
export function extractEvents(_doc: ArticleDoc, _topic: Topic): EventFinding[] {
  return [];
}
