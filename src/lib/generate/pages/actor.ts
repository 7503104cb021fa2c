/** An actor's page: who they are, how their position moved source by source, their quotes and arguments. */
import type { RootContent } from 'mdast';
import type { Actor } from '../../schema/topic.ts';
import type { GeneratedPage } from '../serialize.ts';
import { a, blockquote, em, h, join, jsxFlow, p, strong, ul, type Inline } from '../mdast.ts';
import { actorUrl, cite, compareSourcesOldestFirst, formatDate, sourceName, sourceUrl } from '../cite.ts';
import { actorLink, actorName, stanceLabel } from '../fragments.ts';
import { quoteCard } from '../cards.ts';
import { quotedWordsList } from './quotes.ts';
import { sourceOf, voicesOf, type SiteModel } from '../site-model.ts';

const TYPE_LABEL = { country: 'Country', organisation: 'Organisation', person: 'Person' } as const;

/** Builds the page of one actor. */
export function buildActorPage(model: SiteModel, actor: Actor): GeneratedPage {
  const body: RootContent[] = [];
  const intro: Inline[] = [`${TYPE_LABEL[actor.type]}${actor.role ? `: ${actor.role}` : ''}.`];
  if (actor.country) intro.push(' Speaks for ', actorLink(model, actor.country, actorName(model, actor.country)), '.');
  const speakers = model.topic.actors.filter((x) => x.country === actor.id && model.actors.includes(x));
  body.push(p(...intro));
  // Weighted for search: a search for a person's name should list the country they speak for.
  if (speakers.length)
    body.push(
      jsxFlow(
        'div',
        { class: 'speakers', 'data-pagefind-weight': '5' },
        p('People who speak for it: ', ...join(speakers.map((x) => [a(actorUrl(x.id), x.name)])), '.'),
      ),
    );

  // Source by source, oldest first, so the reader sees the position move (a suspension, then a
  // walk-back); undated sources cannot be placed in time and come last.
  const positions = model.positions
    .filter((x) => x.actorId === actor.id)
    .sort((x, y) => compareSourcesOldestFirst(sourceOf(model, x.source), sourceOf(model, y.source)));
  body.push(h(2, 'How the position moved'));
  if (!positions.length) body.push(p(em('No stance found in the sources.')));
  for (const pos of positions) {
    const src = sourceOf(model, pos.source);
    body.push(h(3, `${src.published ? formatDate(src.published) : 'Undated'}: ${sourceName(src)}`));
    body.push(
      ul(
        pos.stances.map((stance) => {
          const ev = pos.evidence.find((e) => e.stance === stance);
          return [
            strong(stanceLabel(model, stance)),
            ...(ev ? [': ', ev.text, ' ', a(sourceUrl(src.id, ev.sentence), '(sentence)')] : []),
          ];
        }),
      ),
    );
  }

  const voices = voicesOf(model, actor.id);
  const quotes = model.quotes.filter((q) => q.speakerId && voices.has(q.speakerId));
  body.push(h(2, 'Quotes'));
  if (quotes.length) body.push(...quotes.map((q) => quoteCard(model, q, q.speakerId !== actor.id)));
  else body.push(p(em('No direct quotes found.')));
  const words = model.quotedWords.filter((w) => w.speakerId && voices.has(w.speakerId));
  if (words.length) {
    body.push(h(2, 'In a word'));
    body.push(
      quotedWordsList(
        model,
        words,
        words.some((w) => w.speakerId !== actor.id),
      ),
    );
  }

  const args = model.arguments.filter((m) => m.actorIds.some((id) => voices.has(id)));
  if (args.length) {
    body.push(h(2, 'Legal arguments'));
    for (const m of args) {
      const arg = model.topic.arguments.find((x) => x.id === m.argument);
      body.push(
        blockquote(
          p(strong(arg?.title ?? m.argument), ': ', m.text, ' — ', cite(sourceOf(model, m.source), m.sentence)),
        ),
      );
    }
  }
  return {
    path: `actors/${actor.id}`,
    frontmatter: {
      title: actor.name,
      description: `${actor.name}${actor.role ? `, ${actor.role},` : ''} in the story: stances, quotes and arguments, each linked to its source.`,
      kind: 'actor',
      actorId: actor.id,
      generated: true,
    },
    body,
  };
}
