import { describe, expect, it } from 'vitest';
import { processArticle } from '../../src/lib/pipeline.ts';
import { parseSourceFile } from '../../src/lib/source-file.ts';
import { loadFixtures, projectTopic } from '../support/fixtures.ts';

interface Expected {
  source: Record<string, unknown>;
  removed: string[];
  quotes: Array<{ speaker: string | null; text: string; partial: boolean }>;
  coreFigures: Array<{ metric: string; value: number; qualifier: string }>;
  positions: Array<{ actorId: string; stances: string[] }>;
  events: Array<{ date: string; precision: string }>;
}

const CORE = new Set(['people_killed', 'strikes', 'vessels_struck', 'survivors']);

// Whole articles, in styles the seed set does not have, run through every step at once.
describe.each(loadFixtures<Expected>('pipeline'))('processArticle on $name', ({ name, input, expected }) => {
  const art = processArticle({ slug: name, ...parseSourceFile(input, `${name}/input.txt`) }, projectTopic());

  it('reads the metadata and removes the web chrome', () => {
    expect(art.source).toMatchObject(expected.source);
    expect(art.removed.map((r) => r.text)).toEqual(expected.removed);
  });
  it('finds every quote with its speaker', () => {
    expect(art.quotes.map(({ speaker, text, partial }) => ({ speaker, text, partial }))).toEqual(expected.quotes);
  });
  it('reports only campaign-wide core figures', () => {
    expect(
      art.figures
        .filter((f) => CORE.has(f.metric))
        .map(({ metric, value, qualifier }) => ({ metric, value, qualifier })),
    ).toEqual(expected.coreFigures);
  });
  it('gives each actor its stances', () => {
    expect(art.positions.map(({ actorId, stances }) => ({ actorId, stances }))).toEqual(expected.positions);
  });
  it('dates events against the article’s own date', () => {
    expect(art.events.map(({ date, precision }) => ({ date, precision }))).toEqual(expected.events);
  });
});
