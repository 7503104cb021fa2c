/** A minimal extracted article for the data-file tests: a source and one quote, the records those files hold. */
import type { ArticleData } from '../../src/lib/pipeline.ts';

/** An article `id` whose one quote says `quote`; the rest of ArticleData, which the data files do not read, is left out. */
export const dataArticle = (id: string, quote: string): ArticleData =>
  ({
    source: {
      id,
      title: `Title ${id}`,
      outlet: 'Outlet',
      url: null,
      published: '2025-10-01',
      authors: [],
      text: `Text of ${id}.`,
    },
    quotes: [
      { id: `${id}-q1`, source: id, speaker: 'Someone', speakerId: null, text: quote, partial: false, sentence: 's-1' },
    ],
    quotedWords: [],
    figures: [],
    positions: [],
    events: [],
    arguments: [],
  }) as unknown as ArticleData;
