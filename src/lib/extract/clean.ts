/** Removes web chrome from a pasted article. PLACEHOLDER until the cleaning step lands. */
/** Result of cleaning: the article's paragraphs and what was removed, with why. */
export interface CleanResult {
  paragraphs: string[];
  removed: Array<{ line: number; text: string; reason: string }>;
}
/** Splits the body into paragraphs (placeholder: no chrome removal yet). */
export function cleanArticle(body: string, _opts: { title?: string | null } = {}): CleanResult {
  return { paragraphs: body.split(/\n+/).map((l) => l.trim()).filter(Boolean), removed: [] };
}
