import { describe, expect, it } from 'vitest';
import { stringifyAscii } from '../../src/lib/text/ascii-json.ts';

describe('stringifyAscii', () => {
  it.each([
    ['curly quotes and accents', { said: '“We will not,” said Petro, in Bogotá.' }],
    ['a character outside the Basic Multilingual Plane', ['a 🚤 boat']],
    ['a lone surrogate', '\ud800 alone'],
    ['line and paragraph separators', 'one\u2028two\u2029three'],
    ['DEL and the highest code unit', '\u007f\uffff'],
    ['plain ASCII, numbers and nesting', { n: [1, 2.5, null, true], s: 'plain "text"\n' }],
  ])('writes %s as ASCII-only JSON that parses back to the same value', (_, value) => {
    const text = stringifyAscii(value);
    expect(text).toMatch(/^[\x20-\x7e]*$/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('is JSON.stringify when there is nothing to escape', () => {
    const value = { a: 'plain', b: [1, { c: 'd' }] };
    expect(stringifyAscii(value)).toBe(JSON.stringify(value));
  });

  it('escapes with four lower-case hex digits', () => {
    expect(stringifyAscii('é“')).toBe('"\\u00e9\\u201c"');
  });
});
