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

  it('gives a word table that answers reads, writes, `in`, deletes and key listings as an object does', () => {
    type Table = Record<string, number>;
    const fast = (fastCore() as { features: { lexeme: { hash: Table } } }).features.lexeme.hash;
    const plain = (packageCore() as { features: { lexeme: { hash: Table } } }).features.lexeme.hash;
    for (const word of ['the', 'boat', 'constructor', '__proto__', 'toString', 'no-such-word-here'])
      expect([fast[word], word in fast]).toEqual([plain[word], word in plain]);
    fast['a-new-word'] = 123;
    expect([fast['a-new-word'], 'a-new-word' in fast, Object.keys(fast).length]).toEqual([
      123,
      true,
      Object.keys(plain).length + 1,
    ]);
    expect(Object.getOwnPropertyDescriptor(fast, 'a-new-word')?.value).toBe(123);
    expect(delete fast['a-new-word']).toBe(true);
    expect([fast['a-new-word'], 'a-new-word' in fast]).toEqual([undefined, false]);
    expect(Object.getPrototypeOf(fast)).toBeNull();
  });
});
