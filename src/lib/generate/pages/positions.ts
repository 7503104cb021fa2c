/** The ally-positions page: a table of actors by stance, with dates and sources. */
import type { RootContent } from 'mdast';
import type { GeneratedPage } from '../serialize.ts';
import { a, h, join, p, table } from '../mdast.ts';
import { actorUrl, formatDate, sourceName, sourceUrl } from '../cite.ts';
import { actorName, stanceLabel } from '../fragments.ts';
import { sourceOf, type SiteModel } from '../site-model.ts';
import { positionsMatrix } from '../cards.ts';
import { formatSupport, gradeSupport } from '../../reconcile/independence.ts';

/** Builds the ally-positions page. */
export function buildPositionsPage(model: SiteModel): GeneratedPage {
  const body: RootContent[] = [
    p(
      'Each row is one stance an actor takes, with the sources that report it and their dates, and how many of those sources are independent of each other (different outlets; wire copy republished by several outlets counts once). A person’s stance counts for the country or organisation they speak for. Open an actor to see how its position moved.',
    ),
  ];
  const matrix = positionsMatrix(model);
  if (matrix) body.push(h(2, 'All positions at a glance'), matrix, h(2, 'Stance by stance, with sources'));
  const actorIds = [...new Set(model.positions.map((x) => x.actorId))].sort((x, y) =>
    actorName(model, x).localeCompare(actorName(model, y)),
  );
  const rows = actorIds.flatMap((actorId) => {
    const positions = model.positions.filter((x) => x.actorId === actorId);
    const stances = [...new Set(positions.flatMap((x) => x.stances))];
    return stances.map((stance, i) => {
      const evidence = positions.flatMap((x) =>
        x.evidence
          .filter((e) => e.stance === stance)
          .slice(0, 1)
          .map((e) => ({ source: sourceOf(model, x.source), e })),
      );
      return [
        i === 0 ? [a(actorUrl(actorId), actorName(model, actorId))] : [''],
        [stanceLabel(model, stance)],
        [
          ...join(
            evidence.map(({ source, e }) => [
              a(sourceUrl(source.id, e.sentence), `${sourceName(source)} (${formatDate(source.published)})`),
            ]),
          ),
          ` · ${supportOf(
            model,
            evidence.map(({ source }) => source.id),
          )}`,
        ],
      ];
    });
  });
  body.push(rows.length ? table([['Actor'], ['Stance'], ['Reported by']], rows) : p('No positions found yet.'));

  body.push(h(2, 'Stances at a glance'));
  body.push(
    table(
      [['Stance'], ['Actors']],
      model.topic.stances.map((s) => [
        [s.label],
        join(
          actorIds
            .filter((id) => model.positions.some((x) => x.actorId === id && x.stances.includes(s.id)))
            .map((id) => [a(actorUrl(id), actorName(model, id))]),
        ),
      ]),
    ),
  );
  return {
    path: 'positions',
    frontmatter: {
      title: 'Ally positions',
      description: 'Where each country and organisation stands on the strikes, with dates and sources.',
      kind: 'explainer',
      nav: 3,
      generated: true,
    },
    body,
  };
}

// "single source", "3 sources, 2 independent": how well a claim is supported.
function supportOf(model: SiteModel, sourceIds: string[]): string {
  return formatSupport(gradeSupport(sourceIds, model.sources));
}
