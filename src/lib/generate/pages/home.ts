/** The home page: what happened, the key figures at a glance, the latest developments, the way in. */
import type { RootContent } from 'mdast';
import type { GeneratedPage } from '../serialize.ts';
import { a, fnDef, fnRef, h, p, ul } from '../mdast.ts';
import { figureCards } from '../cards.ts';
import { cite, formatDate, sourceTitle, sourceUrl } from '../cite.ts';
import { formatRange, reconcileMetric } from '../../reconcile/figures.ts';
import { formatSupport } from '../../reconcile/independence.ts';
import { metricChart } from './figures.ts';
import { sourceOf, type SiteModel } from '../site-model.ts';
import { SECTIONS } from './sections.ts';
import { slugify } from '../../text/fold.ts';

/** Builds the home page. */
export function buildHomePage(model: SiteModel): GeneratedPage {
  const { topic } = model;
  const body: RootContent[] = [p(topic.description)];

  // What happened: the opening sentence of each source, newest first, each with a footnote to it.
  const leads = model.articles.flatMap((art) => {
    // A lead is a full sentence; sub-headlines and labels have no closing punctuation.
    const s = art.doc.paragraphs
      .flatMap((para) => para.sentences)
      .find((x) => x.text.split(/\s+/).length >= 8 && /[.!?]["”’)]?$/.test(x.text));
    return s ? [{ art, s }] : [];
  });
  if (leads.length) {
    body.push(h(2, 'What the sources report'));
    leads.slice(0, 5).forEach(({ s }, i) => body.push(p(s.text, fnRef(`lead-${i + 1}`))));
    leads.slice(0, 5).forEach(({ art, s }, i) => body.push(fnDef(`lead-${i + 1}`, cite(art.source, s.id))));
  }

  body.push(h(2, 'Key figures'));
  const cards = topic.metrics
    .filter((m) => m.core)
    .flatMap((m) => {
      const r = reconcileMetric(m.id, model.figures, model.sources);
      if (!r) return [];
      return [
        {
          label: m.label,
          href: `/figures/#${slugify(m.label)}`,
          range: formatRange(r),
          asOf: r.asOf,
          support: formatSupport(r.support),
        },
      ];
    });
  body.push(cards.length ? figureCards(cards) : p('No source reports these figures yet.'));
  body.push(...keyFigureChart(model));

  body.push(h(2, 'Latest developments'));
  const latest = [...model.events].sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : 0)).slice(0, 6);
  body.push(
    latest.length
      ? ul(latest.map((e) => [`${formatDate(e.date)}: ${e.summary} · `, cite(sourceOf(model, e.source), e.sentence)]))
      : p('No dated events found yet.'),
  );
  body.push(p(a('/timeline/', 'The full timeline')));

  body.push(h(2, 'Explore'));
  body.push(ul(SECTIONS.map((s) => [a(s.url, s.label), `: ${s.blurb}`])));
  body.push(h(2, 'Sources'));
  body.push(
    ul(
      model.articles.map((art) => [
        a(sourceUrl(art.source.id), sourceTitle(art.source)),
        ` (${art.source.outlet ?? 'outlet unknown'}, ${formatDate(art.source.published)})`,
      ]),
    ),
  );

  return {
    path: 'index',
    frontmatter: { title: topic.title, description: topic.description, kind: 'home', generated: true },
    body,
  };
}

// A small chart of the first core metric that more than one dated source reports; the cards
// above already give each metric's range, "as of" and source count.
function keyFigureChart(model: SiteModel): RootContent[] {
  const reconciled = model.topic.metrics
    .filter((m) => m.core)
    .flatMap((m) => {
      const r = reconcileMetric(m.id, model.figures, model.sources);
      return r ? [{ m, r }] : [];
    });
  if (!reconciled.length) return [];
  const charted = reconciled.find(({ r }) => r.reports.filter((x) => x.source.published).length > 1);
  return charted ? metricChart(charted.m, charted.r, { width: 360, height: 150 }) : [];
}
