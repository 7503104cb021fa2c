import { describe, expect, it } from 'vitest';
import { withArticleOfficials } from '../../src/lib/extract/officials.ts';
import { docFromFixture, loadFixtures, projectTopic } from '../support/fixtures.ts';

interface Expected {
  /** Officials the article ties to a country by title, in order of first mention. */
  officials: Array<{ name: string; country: string; aliases: string[] }>;
}

describe.each(loadFixtures<Expected>('officials'))('withArticleOfficials on $name', ({ input, expected }) => {
  const topic = projectTopic();
  const local = withArticleOfficials(docFromFixture(input), topic);
  const added = local.actors.slice(topic.actors.length);

  it('adds each official a title ties to a country, speaking for it', () => {
    expect(added.map(({ name, country, aliases }) => ({ name, country, aliases }))).toEqual(expected.officials);
  });
  it('adds people only, with ids no config actor uses, and leaves the config actors as they were', () => {
    expect(local.actors.slice(0, topic.actors.length)).toEqual(topic.actors);
    for (const a of added) {
      expect(a.type).toBe('person');
      expect(topic.actors.some((x) => x.id === a.id)).toBe(false);
    }
  });
});
