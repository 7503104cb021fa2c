import { isDeepStrictEqual } from 'node:util';
import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { winkModel } from '../../src/lib/extract/wink-model.ts';

const packageCore = () => (model.core as () => unknown)();
const fastCore = () => (winkModel.core as () => unknown)();

describe('winkModel', () => {
  it('reads the core model exactly as the package does', () => {
    // toEqual walks an 87,000-key object slowly; isDeepStrictEqual also compares the typed arrays.
    expect(isDeepStrictEqual(fastCore(), packageCore())).toBe(true);
  });

  it('gives a new model each time and leaves the package able to read its own', () => {
    const first = fastCore() as { features: { lexeme: { list: string[] } } };
    first.features.lexeme.list.push('a-word-wink-learned');
    const second = fastCore();
    expect(second).not.toBe(first);
    expect(isDeepStrictEqual(second, packageCore())).toBe(true);
  });

  it('keeps every other part of the package model', () => {
    expect(Object.keys(winkModel).sort()).toEqual(Object.keys(model).sort());
    expect(winkModel.pos).toBe(model.pos);
    expect(winkModel.core).not.toBe(model.core);
  });
});
