/** Errors about bad input: each names the file, the line where there is one, what is wrong and what to do. */

/** One problem found in an input file. */
export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line, when the problem has a place. */
  line?: number | undefined;
  /** What was expected and what was found. */
  message: string;
  /** What to do about it. */
  fix: string;
}

/** Formats a problem as `file:line: message — fix`, the shape editors and CI logs link to. */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}. Fix: ${p.fix}`;
}

/** Thrown when an input file cannot be used; carries one entry per problem. */
export class InputError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'InputError';
    this.problems = problems;
  }
}
