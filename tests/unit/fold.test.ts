import { describe, expect, it } from 'vitest';
import { foldKeepLength, foldText } from '../../src/lib/text/fold.ts';

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
