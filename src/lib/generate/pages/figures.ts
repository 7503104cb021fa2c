/** The key-figures page: every value as each source reported it, with qualifier and date, disagreements made plain. */
import type { RootContent } from 'mdast';
import type { GeneratedPage } from '../serialize.ts';
import { em, h, join, p, strong, table } from '../mdast.ts';
import { cite, formatDate, sourceName, sourceUrl } from '../cite.ts';
import { reconcileMetric, summarizeMetric, type ReconciledMetric } from '../../reconcile/figures.ts';
import { buildMetricChart } from '../../chart/metric-chart.ts';
import { hastToMdxJsx } from '../../chart/to-mdx.ts';
import { sourceOf, type SiteModel } from '../site-model.ts';
import type { Metric } from '../../schema/topic.ts';
import { slugify } from '../../text/fold.ts';

const fmt = (n: number) => n.toLocaleString('en-US');

/** Builds the key-figures page. */
export function buildFiguresPage(model: SiteModel): GeneratedPage {
  const body: RootContent[] = [
    p(
      'Each row is one number as one source reported it, with the words the source used. Sources count at different times and qualify their numbers differently, so the range is shown rather than a single value.',
    ),
  ];
  for (const metric of model.topic.metrics) {
    const r = reconcileMetric(metric.id, model.figures, model.sources);
    body.push(h(2, metric.label));
    if (!r) {
      body.push(p(em('No source reports this figure.')));
      continue;
    }
    const latest = r.latest
      ? [
          ' The most recent dated report (',
          formatDate(r.asOf),
          ', ',
          sourceName(r.latest.source),
          ') says ',
          strong(
            `${r.latest.figure.qualifier === 'exact' ? '' : `${r.latest.figure.qualifier} `}${fmt(r.latest.figure.value)}`,
          ),
          '.',
        ]
      : [' None of the sources reporting it is dated.'];
    body.push(
      p(
        strong(`${summarizeMetric(r, metric.label)}.`),
        ...latest,
        r.support.independent === 1 ? ' Single source: not independently confirmed.' : '',
      ),
      ...disagreement(r),
      ...metricChart(metric, r),
    );
    if (r.min !== r.max) {
      // Name the extremes, so a reader sees who reports what without scanning the table.
      const low = r.reports.find((x) => x.figure.value === r.min);
      const high = r.reports.find((x) => x.figure.value === r.max);
      const say = (x: typeof low) =>
        x
          ? [
              `${x.figure.qualifier === 'exact' ? '' : `${x.figure.qualifier} `}${fmt(x.figure.value)} (`,
              cite(x.source, x.figure.sentence),
              ')',
            ]
          : [];
      body.push(
        p(strong('Sources differ:'), ' the lowest report is ', ...say(low), ', the highest ', ...say(high), '.'),
      );
    }
    for (const c of r.conflicts)
      body.push(
        p(
          strong('Sources disagree'),
          ` on ${formatDate(c.date)}: `,
          c.reports
            .map(
              (x) =>
                `${sourceName(x.source)} reports ${x.figure.qualifier === 'exact' ? '' : `${x.figure.qualifier} `}${fmt(x.figure.value)}`,
            )
            .join('; '),
          '.',
        ),
      );
    body.push(
      table(
        [['Source'], ['Date'], ['Value'], ['Qualifier'], ['In the source’s words']],
        r.reports.map(({ figure, source }) => [
          [cite(source, figure.sentence)],
          [formatDate(source.published)],
          [fmt(figure.value)],
          [figure.qualifier],
          [`“${figure.text}”`],
        ]),
      ),
    );
  }
  const core = new Set(model.topic.metrics.map((m) => m.id));
  const others = model.figures.filter((f) => !core.has(f.metric));
  if (others.length) {
    body.push(h(2, 'Other figures'));
    body.push(
      table(
        [['What'], ['Value'], ['Unit'], ['Qualifier'], ['Source']],
        others.map((f) => [
          [`“${f.text}”`],
          [fmt(f.value)],
          [f.unit],
          [f.qualifier],
          [cite(sourceOf(model, f.source), f.sentence)],
        ]),
      ),
    );
  }
  return {
    path: 'figures',
    frontmatter: {
      title: 'Key figures',
      description:
        'Every figure in the story as each source reported it: deaths, strikes, vessels struck and survivors, with dates and qualifiers.',
      kind: 'explainer',
      nav: 1,
      generated: true,
    },
    body,
  };
}

// Which sources' own latest values differ from the latest dated report.
function disagreement(r: ReconciledMetric): RootContent[] {
  if (!r.latest || !r.disagreeing.length) return [];
  return [
    p(
      strong('Disagree with the latest report:'),
      ' ',
      ...join(
        r.disagreeing.map((x) => [
          `${sourceName(x.source)} (${formatDate(x.source.published)}: ${x.figure.qualifier === 'exact' ? '' : `${x.figure.qualifier} `}${fmt(x.figure.value)}, `,
          cite(x.source, x.figure.sentence),
          ')',
        ]),
        '; ',
      ),
      '.',
    ),
  ];
}

/** The metric as reported over time, one mark per dated report; the table below is its data. */
export function metricChart(
  metric: Metric,
  r: ReconciledMetric,
  size?: { width: number; height: number },
): RootContent[] {
  const dated = r.reports.filter((x) => x.source.published);
  if (dated.length === 0) return [];
  const svg = buildMetricChart(
    {
      id: `chart-${slugify(metric.id)}${size ? '-small' : ''}`,
      title: metric.label,
      unit: metric.unit,
      points: dated.map((x) => ({
        date: x.source.published!,
        value: x.figure.value,
        qualifier: x.figure.qualifier,
        label: sourceName(x.source),
        href: sourceUrl(x.source.id, x.figure.sentence),
      })),
      undated: r.reports.length - dated.length,
    },
    size,
  );
  return [hastToMdxJsx(svg)];
}
