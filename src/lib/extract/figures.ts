/** PLACEHOLDER until this extraction step lands. */
import type { ArticleDoc } from './segment.ts';
import type { Topic } from '../schema/topic.ts';
import type { FigureFinding } from '../schema/data.ts';
/** Extracts nothing yet. */
export function extractFigures(_doc: ArticleDoc, _topic: Topic): FigureFinding[] {
  return [];
}
