/**
 * Cards that make the story legible: quote cards, figure cards, legal-argument cards and the
 * positions matrix. They are plain HTML elements with classes (styled in src/styles/global.css),
 * so the MDX needs no component imports and renders the same anywhere; every card keeps its
 * citation link to the source sentence.
 */
import type { BlockContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Quote } from '../schema/data.ts';
import { actorById } from '../extract/actors.ts';
import { formatAsOf } from '../reconcile/figures.ts';
import { a, em, join, jsxFlow, p, blockquote, table, type Inline } from './mdast.ts';
import { actorUrl, cite, formatDate, sourceUrl } from './cite.ts';
import { actorLink, actorName, stanceLabel } from './fragments.ts';
import { sourceOf, type SiteModel } from './site-model.ts';

/**
 * A quote card: the words, then who said them (with role), the source and date linking to the
 * sentence; a partial quote (a fragment in the writer's sentence) is marked as such.
 */
export function quoteCard(model: SiteModel, q: Quote, withSpeaker = true): MdxJsxFlowElement {
  const actor = q.speakerId ? actorById(model.topic, q.speakerId) : undefined;
  const byline: Inline[] = withSpeaker
    ? [
        '— ',
        actorLink(model, q.speakerId, actor?.name ?? q.speaker ?? 'unattributed'),
        ...(actor?.role ? [`, ${actor.role}`] : []),
        ' · ',
      ]
    : [];
  return jsxFlow(
    'figure',
    { class: q.partial ? 'quote-card quote-card--partial' : 'quote-card' },
    blockquote(p(`“${q.text.replace(/\s*\n\s*/g, ' ').replace(/[\s,]+$/, '')}”`)),
    jsxFlow(
      'figcaption',
      {},
      p(...byline, cite(sourceOf(model, q.source), q.sentence), ...(q.partial ? [' ', em('(partial quote)')] : [])),
    ),
  );
}

/** What a figure card shows: the metric, the range reported, the date of the latest report and how many sources. */
export interface FigureCardData {
  label: string;
  href: string;
  range: string;
  asOf: string | null;
  /** How many sources report it, and how many of them are independent ("3 sources, 2 independent"). */
  support: string;
}

/** A figure card: label, the reported range large, then "as of" and the number of sources. */
export function figureCard(card: FigureCardData): MdxJsxFlowElement {
  return jsxFlow(
    'div',
    { class: 'figure-card' },
    jsxFlow('div', { class: 'figure-card__label' }, p(a(card.href, card.label))),
    jsxFlow('div', { class: 'figure-card__value' }, p(card.range)),
    jsxFlow(
      'div',
      { class: 'figure-card__meta' },
      p(card.asOf ? `as of ${formatAsOf(card.asOf)}` : 'undated sources only', ` · ${card.support}`),
    ),
  );
}

/** A row of figure cards, side by side on wide screens and stacked on a phone. */
export const figureCards = (cards: FigureCardData[]): MdxJsxFlowElement =>
  jsxFlow('div', { class: 'figure-cards' }, ...cards.map(figureCard));

/** A legal-argument card: wraps the blocks about one argument (claim, who argues it, who disputes it, the sentences). */
export const argumentCard = (side: string, ...children: Array<BlockContent | MdxJsxFlowElement>): MdxJsxFlowElement =>
  jsxFlow('section', { class: `argument-card argument-card--${side}` }, ...children);

/** Abbreviated day for matrix cells ("12 Nov"); month-only and undated dates stay readable. */
const shortDate = (iso: string | null): string => {
  if (!iso) return 'undated';
  const full = formatDate(iso).split(' ');
  return full.length === 3 ? `${full[0]} ${full[1]!.slice(0, 3)}` : `${full[0]!.slice(0, 3)} ${full[1]}`;
};

/**
 * The positions matrix: one row per actor, one column per stance any actor takes; a cell lists
 * the dates of the sources reporting that stance, each linking to the sentence.
 */
export function positionsMatrix(model: SiteModel): MdxJsxFlowElement | null {
  const actorIds = [...new Set(model.positions.map((x) => x.actorId))].sort((x, y) =>
    actorName(model, x).localeCompare(actorName(model, y)),
  );
  const stances = model.topic.stances.filter((s) => model.positions.some((x) => x.stances.includes(s.id)));
  if (!actorIds.length || !stances.length) return null;
  const rows = actorIds.map((actorId) => [
    [a(actorUrl(actorId), actorName(model, actorId))],
    ...stances.map((s) =>
      join(
        model.positions
          .filter((x) => x.actorId === actorId && x.stances.includes(s.id))
          .flatMap((x) => {
            const ev = x.evidence.find((e) => e.stance === s.id);
            const src = sourceOf(model, x.source);
            return ev ? [[a(sourceUrl(src.id, ev.sentence), shortDate(src.published))]] : [];
          }),
        ' ',
      ),
    ),
  ]);
  return jsxFlow(
    'div',
    { class: 'positions-matrix' },
    table([['Actor'], ...stances.map((s) => [stanceLabel(model, s.id)])], rows),
  );
}
