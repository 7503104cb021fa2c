import { describe, expect, it } from 'vitest';
import { findActorMentions, principalOf } from '../../src/lib/extract/actors.ts';
import { loadFixtures, projectTopic } from '../support/fixtures.ts';

describe.each(loadFixtures<Array<Record<string, string>>>('actors'))(
  'findActorMentions: $name',
  ({ input, expected }) => {
    it('finds exactly the expected mentions, in text order', () => {
      const found = findActorMentions(input, projectTopic());
      expect(found).toHaveLength(expected.length);
      found.forEach((m, i) => {
        expect(m).toMatchObject(expected[i] ?? {});
        expect(input.slice(m.start, m.end)).toBe(m.text);
      });
    });
  },
);

describe('principalOf', () => {
  it('returns the country a person speaks for', () => {
    expect(principalOf(projectTopic(), 'gustavo-petro')?.id).toBe('colombia');
  });
  it('returns the actor itself for a person who speaks for no one', () => {
    expect(principalOf(projectTopic(), 'rand-paul')?.id).toBe('rand-paul');
  });
});
