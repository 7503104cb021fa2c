import { describe, expect, it } from 'vitest';
import { findActorMentions, principalOf } from '../../src/lib/extract/actors.ts';
import { loadFixtures, projectTopic } from '../support/fixtures.ts';
import type { Topic } from '../../src/lib/schema/topic.ts';

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

describe('findActorMentions with a phrase that starts with a non-ASCII word', () => {
  // Such a phrase is matched by a scan of the whole text, not only where its first word occurs.
  const topic = (): Topic => ({
    ...projectTopic(),
    actors: [
      ...projectTopic().actors,
      {
        id: 'orsted-test',
        name: 'Ørsted Ørsted',
        type: 'person',
        role: 'tester',
        aliases: ['Ørsted'],
        roles: [],
      },
    ],
  });
  it('finds every occurrence, case-insensitively, next to ASCII phrases', () => {
    const text = 'Petro met ørsted, then ØRSTED met Petro.';
    const found = findActorMentions(text, topic()).map((m) => [m.actorId, m.start, m.text]);
    expect(found).toEqual([
      ['gustavo-petro', 0, 'Petro'],
      ['orsted-test', 10, 'ørsted'],
      ['orsted-test', 23, 'ØRSTED'],
      ['gustavo-petro', 34, 'Petro'],
    ]);
  });
});

describe('findActorMentions with a phrase whose dot is left out in the text', () => {
  // Words after a dot may follow a letter directly ("St.Kitts" read as "StKitts"): such a word is
  // looked for inside words too, where the other words of phrases are not.
  const topic = (): Topic => ({
    ...projectTopic(),
    actors: [
      ...projectTopic().actors,
      { id: 'st-kitts', name: 'St.Kitts Council', type: 'organisation', aliases: ['Gov.Office'], roles: [] },
    ],
  });
  it('finds the phrase with and without its dots', () => {
    const text = 'The St.Kitts Council and the StKitts Council met; the GovOffice agreed.';
    const found = findActorMentions(text, topic()).map((m) => m.text);
    expect(found).toEqual(['St.Kitts Council', 'StKitts Council', 'GovOffice']);
  });
  it('does not find a phrase word inside a longer word', () => {
    expect(findActorMentions('The Petrochemical Council met Petrov.', projectTopic())).toEqual([]);
  });
});

describe('principalOf', () => {
  it('returns the country a person speaks for', () => {
    expect(principalOf(projectTopic(), 'gustavo-petro')?.id).toBe('colombia');
  });
  it('returns the actor itself for a person who speaks for no one', () => {
    expect(principalOf(projectTopic(), 'rand-paul')?.id).toBe('rand-paul');
  });
});
