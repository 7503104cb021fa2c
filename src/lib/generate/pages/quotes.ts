/** The quotes page: every direct quotation, grouped by speaker. */
import type { List, RootContent } from 'mdast';
import type { QuotedWords } from '../../schema/data.ts';
import type { GeneratedPage } from '../serialize.ts';
import { a, h, p, ul } from '../mdast.ts';
import { actorLink } from '../fragments.ts';
import { quoteCard } from '../cards.ts';
import { sourceName, sourceUrl } from '../cite.ts';
import { sourceOf, type SiteModel } from '../site-model.ts';

/** The compact "In a word" list: speaker — “word” — the writer's clause, linked to its sentence. */
export function quotedWordsList(model: SiteModel, items: readonly QuotedWords[], withSpeaker = true): List {
  return ul(
    items.map((w) => [
      ...(withSpeaker ? [actorLink(model, w.speakerId, w.speaker), ' — '] : []),
      `“${w.text}” — `,
      a(sourceUrl(w.source, w.sentence), w.phrase),
      ` (${sourceName(sourceOf(model, w.source))})`,
    ]),
  );
}

/** Builds the quotes page. */
export function buildQuotesPage(model: SiteModel): GeneratedPage {
  const body: RootContent[] = [
    p(
      'Direct quotations by speaker. A partial quote is a fragment the writer embedded in their own sentence. Quotes the sources do not clearly attribute are listed last rather than guessed.',
    ),
  ];
  const speakers = [...new Set(model.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])))].sort((x, y) =>
    x.localeCompare(y),
  );
  for (const speaker of speakers) {
    const quotes = model.quotes.filter((q) => q.speaker === speaker);
    body.push(h(2, actorLink(model, quotes[0]?.speakerId ?? null, speaker)));
    body.push(...quotes.map((q) => quoteCard(model, q, false)));
  }
  const unattributed = model.quotes.filter((q) => !q.speaker);
  if (unattributed.length) {
    body.push(h(2, 'Unattributed'));
    body.push(...unattributed.map((q) => quoteCard(model, q, false)));
  }
  if (!model.quotes.length) body.push(p('No quotes found yet.'));
  if (model.quotedWords.length) {
    // One or two words a speaker chose ("fake") say as much as a sentence, but are too short for a quote card.
    body.push(h(2, 'In a word'));
    const bySpeaker = [...model.quotedWords].sort((x, y) => x.speaker.localeCompare(y.speaker));
    body.push(quotedWordsList(model, bySpeaker));
  }
  return {
    path: 'quotes',
    frontmatter: {
      title: 'Quotes',
      description: 'What each speaker said, quote by quote, linked to the sentence in its article.',
      kind: 'explainer',
      nav: 5,
      generated: true,
    },
    body,
  };
}
