/** Serialises extracted data into the published `/data/*.json` files. */
import type { ArticleData } from '../pipeline.ts';

/** Returns file name → JSON text for sources, quotes, quoted words, figures, positions, events and arguments. */
export function buildDataFiles(articles: readonly ArticleData[]): Record<string, string> {
  const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
  return {
    'sources.json': json(articles.map((a) => a.source)),
    'quotes.json': json(articles.flatMap((a) => a.quotes)),
    'quoted-words.json': json(articles.flatMap((a) => a.quotedWords)),
    'figures.json': json(articles.flatMap((a) => a.figures)),
    'positions.json': json(articles.flatMap((a) => a.positions)),
    'events.json': json(articles.flatMap((a) => a.events)),
    'arguments.json': json(articles.flatMap((a) => a.arguments)),
  };
}
