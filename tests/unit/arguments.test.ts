import { describe, expect, it } from 'vitest';
import { docFromFixture, loadFixtures, projectTopic } from '../support/fixtures.ts';
import { extractArguments } from '../../src/lib/extract/arguments.ts';
import type { QuoteFinding } from '../../src/lib/schema/data.ts';

interface Expected {
  /** Every argument reported, with who makes it (order free). */
  arguments: Array<{ argument: string; actorIds: string[] }>;
}
interface Options {
  published?: string;
  quotes?: QuoteFinding[];
}

const key = (a: { argument: string; actorIds: string[] }): string =>
  `${a.argument}|${[...a.actorIds].sort().join(',')}`;

describe('extractArguments', () => {
  it.each(loadFixtures<Expected, Options>('arguments').map((c) => [c.name, c] as const))(
    'reports each legal argument once per sentence with the actors who make it: %s',
    (_name, c) => {
      const doc = docFromFixture(c.input, c.options.published ?? null);
      const found = extractArguments(doc, projectTopic(), c.options.quotes ?? []);
      expect(found.map(key).sort()).toEqual(c.expected.arguments.map(key).sort());
      const sentences = new Map(doc.paragraphs.flatMap((p) => p.sentences).map((s) => [s.id, s.text]));
      const seen = new Set<string>();
      for (const a of found) {
        expect(sentences.get(a.sentence)).toBe(a.text);
        expect(a.rule).not.toBe('');
        expect(seen.has(`${a.sentence}|${a.argument}`)).toBe(false);
        seen.add(`${a.sentence}|${a.argument}`);
      }
    },
  );
});
