/** PLACEHOLDER until this extraction step lands. */
import type { ArticleDoc } from './segment.ts';
import type { Topic } from '../schema/topic.ts';
import type { QuoteFinding, PositionFinding } from '../schema/data.ts';
/** Extracts nothing yet. */
export function extractPositions(_doc: ArticleDoc, _topic: Topic, _quotes: readonly QuoteFinding[]): PositionFinding[] {
  return [];
}
