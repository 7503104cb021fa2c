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

/**
 * How many quote cards an actor page shows: the newest. An actor quoted by hundreds of sources
 * would otherwise fill the page with hundreds of cards; 25 is above the most any bundled actor
 * has (21), so the bundled pages show every quote.
 */
export const ACTOR_QUOTE_LIMIT = 25;
/** How many sentences an actor page shows for each legal argument (the newest); 10 is the most any bundled actor has for one argument. */
export const ACTOR_ARGUMENT_SENTENCE_LIMIT = 10;

/** "1 quote", "2 quotes". */
const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The line after a bounded list on an actor page: how many more there are, from how many sources, and where. */
function moreNote(hidden: number, what: [string, string], sources: number, data: [string, string]) {
  return p(
    em(
      `${count(hidden, ...what)} from ${count(sources, 'source', 'sources')} ${hidden === 1 ? 'is' : 'are'} not shown here. `,
      `Read ${hidden === 1 ? 'it' : 'them'} in ${sources === 1 ? 'its source' : 'their sources'} (`,
      a('/sources/all/1/', 'all sources'),
      ') or in the published data (',
      a(...data),
      ').',
    ),
  );
}

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
  // The model lists records newest source first, so the first few are the newest.
  const shownQuotes = quotes.slice(0, ACTOR_QUOTE_LIMIT);
  body.push(h(2, 'Quotes'));
  if (quotes.length) body.push(...shownQuotes.map((q) => quoteCard(model, q, q.speakerId !== actor.id)));
  else body.push(p(em('No direct quotes found.')));
  const hiddenQuotes = quotes.slice(ACTOR_QUOTE_LIMIT);
  if (hiddenQuotes.length)
    body.push(
      moreNote(hiddenQuotes.length, ['more quote', 'more quotes'], new Set(hiddenQuotes.map((q) => q.source)).size, [
        '/data/quotes.json',
        '/data/quotes.json',
      ]),
    );
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
  // Each argument's newest sentences, in the model's order (newest source first).
  const perArgument = new Map<string, number>();
  const shownArgs = args.filter((m) => {
    const n = (perArgument.get(m.argument) ?? 0) + 1;
    perArgument.set(m.argument, n);
    return n <= ACTOR_ARGUMENT_SENTENCE_LIMIT;
  });
  if (args.length) {
    body.push(h(2, 'Legal arguments'));
    for (const m of shownArgs) {
      const arg = model.topic.arguments.find((x) => x.id === m.argument);
      body.push(
        blockquote(
          p(strong(arg?.title ?? m.argument), ': ', m.text, ' — ', cite(sourceOf(model, m.source), m.sentence)),
        ),
      );
    }
    const shownSet = new Set(shownArgs);
    const hiddenArgs = args.filter((m) => !shownSet.has(m));
    if (hiddenArgs.length)
      body.push(
        moreNote(
          hiddenArgs.length,
          ['more sentence for these arguments', 'more sentences for these arguments'],
          new Set(hiddenArgs.map((m) => m.source)).size,
          ['/data/arguments.json', '/data/arguments.json'],
        ),
      );
  }
  return {
    path: `actors/${actor.id}`,
    frontmatter: {
      title: actor.name,
      description: `${actor.name}${actor.role ? `, ${actor.role},` : ''} in the story: stances, quotes and arguments, each linked to its source.`,
      kind: 'actor',
      actorId: actor.id,
      generated: true,
      ...(hiddenQuotes.length ? { quotes: shownQuotes.map((q) => q.id) } : {}),
    },
    body,
  };
}
