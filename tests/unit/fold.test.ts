import { describe, expect, it } from 'vitest';
import { countWords, foldKeepLength, foldText } from '../../src/lib/text/fold.ts';

describe('foldKeepLength', () => {
  it('returns an all-ASCII text unchanged', () => {
    const s = 'Petro said the U.S. strikes were "murder".';
    expect(foldKeepLength(s)).toBe(s);
  });

  it('strips accents and straightens quotes in every non-ASCII run, keeping the length and the case', () => {
    const s = 'Jean-Noël Barrot’s “view”: Türk, Kallas — café ‘yes’';
    const folded = foldKeepLength(s);
    expect(folded).toHaveLength(s.length);
    expect(folded).toBe("Jean-Noel Barrot's \"view\": Turk, Kallas — cafe 'yes'");
    expect(folded.toLowerCase()).toBe(foldText(s));
  });

  it('keeps astral characters whole, so offsets after them stay valid', () => {
    const s = 'Ok 👍🏽 Müller ✓ é';
    const folded = foldKeepLength(s);
    expect(folded).toHaveLength(s.length);
    expect(folded).toBe('Ok 👍🏽 Muller ✓ e');
    expect(folded.indexOf('Muller')).toBe(s.indexOf('Müller'));
  });
});

describe('countWords', () => {
  // Every whitespace character JavaScript's \s knows, and characters that look like spaces but are not.
  const cases = [
    '',
    '   ',
    'one',
    '  Petro said  "murder".  ',
    'tab\tnew\nline\r\nform\ffeed\vvertical',
    'nbsp\u00a0ogham\u1680en\u2002hair\u200aline\u2028para\u2029narrow\u202fmath\u205fideo\u3000bom\ufeffend',
    'zero\u200bwidth and joiner\u200djoined',
    'emoji 👍🏽 count',
  ];

  it.each(cases)('counts the words split(/\\s+/) finds in %j', (s) => {
    expect(countWords(s)).toBe(s.split(/\s+/).filter(Boolean).length);
  });

  it('stops counting at the limit it is given', () => {
    const s = 'a b c d e f g h';
    expect(countWords(s, 3)).toBe(3);
    expect(countWords(s, 8)).toBe(8);
    expect(countWords(s, 100)).toBe(8);
  });
});
