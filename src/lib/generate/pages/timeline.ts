/** The timeline: dated events in date order, grouped by month, each with its sources. */
import type { RootContent } from 'mdast';
import type { GeneratedPage } from '../serialize.ts';
import { h, p, ul } from '../mdast.ts';
import { cite, formatDate } from '../cite.ts';
import { sourceOf, type SiteModel } from '../site-model.ts';

/** Builds the timeline page. */
export function buildTimelinePage(model: SiteModel): GeneratedPage {
  const body: RootContent[] = [
    p(
      'Events the sources date, oldest first. Where a source gives only the month, the event is listed under the month. Relative dates (“on Tuesday”) are resolved against the article’s own date; undated articles contribute only dates they spell out.',
    ),
  ];
  const events = [...model.events].sort((x, y) =>
    x.date === y.date ? x.source.localeCompare(y.source) : x.date < y.date ? -1 : 1,
  );
  const months = [...new Set(events.map((e) => e.date.slice(0, 7)))];
  for (const month of months) {
    body.push(h(2, formatDate(month)));
    body.push(
      ul(
        events
          .filter((e) => e.date.startsWith(month))
          .map((e) => [
            `${e.precision === 'day' ? formatDate(e.date) : `${formatDate(month)} (month only)`}: ${e.summary} · `,
            cite(sourceOf(model, e.source), e.sentence),
          ]),
      ),
    );
  }
  if (!events.length) body.push(p('No dated events found yet.'));
  return {
    path: 'timeline',
    frontmatter: {
      title: 'Timeline',
      description: 'Dated events of the story in order, each linked to the sentence that reports it.',
      kind: 'explainer',
      nav: 4,
      generated: true,
    },
    body,
  };
}
