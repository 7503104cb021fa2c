/** The legal-arguments page: each argument for and against, who makes it, and the sentences and quotes behind it. */
import type { RootContent } from 'mdast';
import type { GeneratedPage } from '../serialize.ts';
import { blockquote, em, h, join, p, strong } from '../mdast.ts';
import { cite } from '../cite.ts';
import { actorLink, actorName } from '../fragments.ts';
import { argumentCard, quoteCard } from '../cards.ts';
import { sourceOf, type SiteModel } from '../site-model.ts';
import { formatSupport, gradeSupport } from '../../reconcile/independence.ts';

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
      if (quotes.length) card.children.push(h(4, 'Quotes'), ...quotes.map((q) => quoteCard(model, q)));
      card.children.push(h(4, 'Basis cited in the sources'));
      card.children.push(
        ...mentions.map((m) => blockquote(p(m.text, ' — ', cite(sourceOf(model, m.source), m.sentence)))),
      );
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
    },
    body,
  };
}
