/** Parses YAML text and validates it against a zod schema, reporting problems with line numbers. */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { InputError, type Problem } from '../errors.ts';

/**
 * Parses `text` as YAML and validates it with `schema`. `lineOffset` shifts reported lines, for YAML
 * that sits inside a larger file (frontmatter starts on line 2); `hints` gives the fix for a bad value
 * of a top-level field. Throws InputError listing every problem.
 */
export function validateYaml<S extends z.ZodType>(
  text: string,
  schema: S,
  file: string,
  lineOffset = 0,
  hints: Record<string, string> = {},
): z.infer<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (pos: number | undefined): number | undefined =>
    pos === undefined ? undefined : lineCounter.linePos(pos).line + lineOffset;
  if (doc.errors.length > 0) {
    throw new InputError(
      doc.errors.map((e) => ({
        file,
        line: lineOf(e.pos[0]),
        message: `invalid YAML: ${e.message.split('\n')[0]}`,
        fix: 'correct the YAML syntax: check indentation and colons, and put text containing : [ ] { } # or quotes inside double quotes',
      })),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (e) {
    // The yaml library refuses documents whose aliases expand exponentially ("billion laughs").
    throw new InputError([
      {
        file,
        line: lineOffset + 1,
        message: `invalid YAML: ${(e as Error).message}`,
        fix: 'write the values out instead of using YAML anchors (&) and aliases (*)',
      },
    ]);
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems: Problem[] = result.error.issues.flatMap((issue): Problem[] => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      // One problem per unknown key, at the key's own line, listing the fields the schema knows.
      const parent = path.length ? doc.getIn(path, true) : doc.contents;
      const allowed = path.length === 0 && 'shape' in schema ? Object.keys(schema.shape as object) : [];
      return issue.keys.map((key) => {
        const pair = (parent as { items?: Array<{ key?: { value?: unknown; range?: number[] } }> } | null)?.items?.find(
          (item) => item.key?.value === key,
        );
        return {
          file,
          line: lineOf(pair?.key?.range?.[0]),
          message: `unknown field "${[...path, key].join('.')}"`,
          fix: allowed.length
            ? `remove it, or rename it to one of the allowed fields: ${allowed.join(', ')}`
            : 'remove it, or correct its spelling',
        };
      });
    }
    // Point at the deepest node that exists: a missing key is reported at its parent.
    let line: number | undefined;
    for (let n = path.length; n >= 0 && line === undefined; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      line = lineOf(range?.[0]);
    }
    const where = path.length ? `"${path.join('.')}"` : 'the document';
    return [
      {
        file,
        line,
        message: `${where}: ${issue.message}`,
        fix:
          issue.code === 'invalid_type' && issue.input === undefined
            ? `add the field ${where} (use null if the value is unknown)`
            : (hints[path[0] ?? ''] ??
              (issue.code === 'invalid_value'
                ? `use one of: ${issue.values.map(String).join(', ')}`
                : `correct ${where}`)),
      },
    ];
  });
  throw new InputError(problems);
}

/** Returns a function giving the 1-based line of the node at a path (["actors", 3, "id"]) in YAML `text`. */
export function yamlLineFinder(
  text: string,
  lineOffset = 0,
): (path: ReadonlyArray<string | number>) => number | undefined {
  // Parsed on first use: lines are needed only to report a problem, and a large topic.yaml would
  // otherwise be parsed twice on every run.
  let parsed: { doc: Document.Parsed; lineCounter: LineCounter } | undefined;
  return (path) => {
    if (!parsed) {
      const lineCounter = new LineCounter();
      parsed = { doc: parseDocument(text, { lineCounter }), lineCounter };
    }
    const { doc, lineCounter } = parsed;
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
      const start = (node as { range?: [number, number, number] } | undefined)?.range?.[0];
      if (start !== undefined) return lineCounter.linePos(start).line + lineOffset;
    }
    return undefined;
  };
}
