/** The legal-arguments page: each argument for and against, who makes it, and the sentences and quotes behind it. */
import type { RootContent } from 'mdast';
import type { GeneratedPage } from '../serialize.ts';
import { a, blockquote, em, h, join, p, strong } from '../mdast.ts';
import { cite } from '../cite.ts';
import { actorLink, actorName } from '../fragments.ts';
import { argumentCard, quoteCard } from '../cards.ts';
import { sourceOf, type SiteModel } from '../site-model.ts';
import { formatSupport, gradeSupport } from '../../reconcile/independence.ts';

/**
 * How many cited sentences, and how many quote cards, each argument shows: the newest. An argument
 * reported by hundreds of sources would otherwise list every sentence, and the page (already drawing
 * on the newest sources only) would be hundreds of KB; the rest are a link away on their sources.
 */
export const ARGUMENT_SENTENCE_LIMIT = 5;
/** How many quote cards each argument shows (the newest); see ARGUMENT_SENTENCE_LIMIT. */
export const ARGUMENT_QUOTE_LIMIT = 3;

/** "1 sentence", "2 sentences". */
const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The line after a bounded argument: how many more sentences and quotes there are, and where. */
function moreNote(sentences: number, quotes: number, sources: number) {
  const more = [
    ...(sentences ? [count(sentences, 'more sentence', 'more sentences')] : []),
    ...(quotes ? [count(quotes, 'more quote', 'more quotes')] : []),
  ].join(' and ');
  return p(
    em(
      `${more} from ${count(sources, 'source', 'sources')} ${sentences + quotes === 1 ? 'reports' : 'report'} this argument. `,
      `Read ${sentences + quotes === 1 ? 'it' : 'them'} in ${sources === 1 ? 'its source' : 'their sources'} (`,
      a('/sources/', 'sources'),
      ') or on the pages of those who make it, linked above.',
    ),
  );
}

const SIDES = [
  { side: 'justifying', heading: 'Arguments justifying the strikes' },
  { side: 'contesting', heading: 'Arguments contesting the strikes' },
] as const;

/** Builds the legal-arguments page. */
export function buildArgumentsPage(model: SiteModel): GeneratedPage {
  const body: RootContent[] = [
    p(
      'The legal case for and against, as the sources report it. Each argument lists who makes it and the sentences it was found in; follow a link to read the sentence in its article.',
    ),
  ];
  // The sentences each argument shows, as source#sentence, when some argument shows fewer than it
  // has: the page's structured data then lists only these.
  const cites: Record<string, string[]> = {};
  let bounded = false;
  for (const { side, heading } of SIDES) {
    body.push(h(2, heading));
    for (const arg of model.topic.arguments.filter((x) => x.side === side)) {
      const mentions = model.arguments.filter((m) => m.argument === arg.id);
      // Each argument is one card: the claim, who argues it, who disputes it, the sentences cited.
      const card = argumentCard(side, h(3, arg.title), p(arg.summary));
      body.push(card);
      if (!mentions.length) {
        card.children.push(p(em('No source in this collection reports this argument yet.')));
        continue;
      }
      const makers = [...new Set(mentions.flatMap((m) => m.actorIds))];
      const support = gradeSupport(
        mentions.map((m) => m.source),
        model.sources,
      );
      // Who disputes it: the actors who argue the other side and not this argument too.
      const disputers = [
        ...new Set(
          model.arguments
            .filter((m) => model.topic.arguments.find((x) => x.id === m.argument)?.side !== side)
            .flatMap((m) => m.actorIds),
        ),
      ].filter((id) => !makers.includes(id));
      card.children.push(
        p(
          strong('Made by:'),
          ' ',
          ...(makers.length
            ? join(makers.map((id) => [actorLink(model, id, actorName(model, id))]))
            : ['not attributed to a named actor']),
          `. Reported by ${formatSupport(support)}.`,
        ),
      );
      if (disputers.length)
        card.children.push(
          p(
            strong('Disputed by:'),
            ' ',
            ...join(disputers.map((id) => [actorLink(model, id, actorName(model, id))])),
            ' (they argue the other side).',
          ),
        );
      const sentences = new Set(mentions.map((m) => `${m.source}#${m.sentence}`));
      const quotes = model.quotes.filter((q) => sentences.has(`${q.source}#${q.sentence}`));
      // The model lists records newest source first, so the first few are the newest.
      const shownQuotes = quotes.slice(0, ARGUMENT_QUOTE_LIMIT);
      const shownMentions = mentions.slice(0, ARGUMENT_SENTENCE_LIMIT);
      cites[arg.id] = shownMentions.map((m) => `${m.source}#${m.sentence}`);
      if (shownQuotes.length) card.children.push(h(4, 'Quotes'), ...shownQuotes.map((q) => quoteCard(model, q)));
      card.children.push(h(4, 'Basis cited in the sources'));
      card.children.push(
        ...shownMentions.map((m) => blockquote(p(m.text, ' — ', cite(sourceOf(model, m.source), m.sentence)))),
      );
      const hidden = [...mentions.slice(ARGUMENT_SENTENCE_LIMIT), ...quotes.slice(ARGUMENT_QUOTE_LIMIT)];
      if (hidden.length) {
        bounded = true;
        card.children.push(
          moreNote(
            mentions.length - shownMentions.length,
            quotes.length - shownQuotes.length,
            new Set(hidden.map((x) => x.source)).size,
          ),
        );
      }
    }
  }
  return {
    path: 'arguments',
    frontmatter: {
      title: 'Legal arguments',
      description: 'The legal arguments for and against the strikes, who makes them and the sentences behind them.',
      kind: 'explainer',
      nav: 2,
      generated: true,
      ...(bounded ? { cites } : {}),
    },
    body,
  };
}
