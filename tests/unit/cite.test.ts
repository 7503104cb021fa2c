import { describe, expect, it } from 'vitest';
import { sourceName, sourceTitle } from '../../src/lib/generate/cite.ts';
import type { Source } from '../../src/lib/schema/data.ts';

const source = (fields: Partial<Source>): Source =>
  ({ id: 'src-1', title: null, outlet: null, url: null, published: null, authors: [], text: '', ...fields }) as Source;

const LONG = `  The strikes,\tlaunched in September, have killed at least 80 people; critics say. ${'More words follow. '.repeat(500)}`;

describe('sourceTitle', () => {
  it.each([
    ['its headline when it has one', { title: 'A headline', text: LONG }, 'A headline'],
    [
      'its outlet and first eight words, with an ellipsis when more follow',
      { outlet: 'Reuters', text: LONG },
      'Reuters: “The strikes, launched in September, have killed at…”',
    ],
    [
      'all the words of a text of eight, without an ellipsis or a closing comma',
      { text: 'One two three four five six seven eight,\n' },
      'Unknown outlet: “One two three four five six seven eight”',
    ],
    ['an empty quotation for an empty text', { text: ' \n ' }, 'Unknown outlet: “”'],
  ])('gives %s', (_, fields, expected) => {
    expect(sourceTitle(source(fields))).toBe(expected);
  });
});

describe('sourceName', () => {
  it.each([
    ['its outlet first', { outlet: 'Reuters', title: 'A headline', text: LONG }, 'Reuters'],
    ['its title without an outlet', { title: 'A headline', text: LONG }, 'A headline'],
    ['its first six words otherwise', { text: LONG }, '“The strikes, launched in September, have…”'],
    ['its id for an empty text', { text: '' }, 'src-1'],
  ])('gives %s', (_, fields, expected) => {
    expect(sourceName(source(fields))).toBe(expected);
  });
});
