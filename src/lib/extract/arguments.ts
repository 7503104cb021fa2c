/** PLACEHOLDER until this extraction step lands. */
import type { ArticleDoc } from './segment.ts';
import type { Topic } from '../schema/topic.ts';
import type { QuoteFinding, ArgumentFinding } from '../schema/data.ts';
/** Extracts nothing yet. */
export function extractArguments(_doc: ArticleDoc, _topic: Topic, _quotes: readonly QuoteFinding[]): ArgumentFinding[] {
  return [];
}
