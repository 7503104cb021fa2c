/**
 * JSON text in which every character outside printable ASCII is written as a `\uXXXX` escape.
 * The cache files are read back on every run, and V8 reads an ASCII file into a one-byte string
 * and parses it about a third faster than the same JSON with curly quotes and accents left raw
 * (which makes the whole file a two-byte string); JSON.stringify has no option for this.
 */

const NOT_ASCII = /[\u007f-\uffff]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** JSON.stringify(value), with every character from U+007F up escaped, so the text is pure ASCII. */
export function stringifyAscii(value: unknown): string {
  // Matched one UTF-16 unit at a time: a pair becomes two escapes, which JSON.parse joins again.
  return JSON.stringify(value).replace(NOT_ASCII, escape);
}
