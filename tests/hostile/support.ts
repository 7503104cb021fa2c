/** Shared expectations of the hostile-input tests: what "the text as written" means on a source page. */

/**
 * Splits an article body into the lines a source page must show: each non-blank line, trimmed, is
 * either an article paragraph (`kept`, in order) or a line removed as web chrome and listed with
 * its text (`removed`). Cleaning may legitimately drop only blank lines and the whitespace at the
 * ends of a line; `removedByCleaning` says which lines it took as chrome, and every other line must
 * be kept.
 */
export function expectedLines(
  body: string,
  removedByCleaning: ReadonlyArray<{ line: number; text: string }>,
): { kept: string[]; removed: string[] } {
  const removedAt = new Map(removedByCleaning.map((r) => [r.line, r.text]));
  const kept: string[] = [];
  const removed: string[] = [];
  body.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const chrome = removedAt.get(i + 1);
    if (chrome === undefined) kept.push(line);
    else {
      if (chrome !== line) throw new Error(`line ${i + 1} was removed with different text: ${chrome}`);
      removed.push(line);
    }
  });
  if (kept.length + removed.length !== body.split('\n').filter((l) => l.trim()).length)
    throw new Error('lines were lost');
  return { kept, removed };
}
