/** Reconciles one metric across sources: every report, the range, the latest value and whether sources disagree. */
import type { Figure, Qualifier, Source } from '../schema/data.ts';
import { gradeSupport, type Support } from './independence.ts';
import { MONTH_NAMES } from '../text/months.ts';

/** One source's report of a metric's value. */
export interface FigureReport {
  figure: Figure;
  source: Source;
}

/** A metric as the sources report it, reconciled. */
export interface ReconciledMetric {
  metric: string;
  /** Reports, newest source first (undated last). */
  reports: FigureReport[];
  /** Smallest and largest value reported. */
  min: number;
  max: number;
  /** Qualifier of the largest value ("more than" makes the range open-ended). */
  maxQualifier: Qualifier;
  /** The report from the most recently dated source, if any source is dated. */
  latest: FigureReport | null;
  /** Date of the latest dated report (YYYY-MM-DD). */
  asOf: string | null;
  /** How many distinct sources report the metric. */
  sourceCount: number;
  /** How many sources report it and how many of them are independent (different outlets, wire copy once). */
  support: Support;
  /** Sources whose latest value differs from the latest dated report's. */
  disagreeing: FigureReport[];
  /** Sources that report different values on the same date: a disagreement, not just a count moving over time. */
  conflicts: Array<{ date: string; reports: FigureReport[] }>;
}

const OPEN_ENDED: ReadonlySet<Qualifier> = new Set(['at least', 'more than', 'over']);

/** Reconciles the figures of one metric; returns null when no source reports it. */
export function reconcileMetric(
  metric: string,
  figures: readonly Figure[],
  sources: ReadonlyMap<string, Source>,
): ReconciledMetric | null {
  const reports: FigureReport[] = [];
  for (const figure of figures) {
    const source = sources.get(figure.source);
    if (figure.metric !== metric || !source) continue;
    // One report per source and value: articles often repeat their own toll.
    if (reports.some((r) => r.source.id === source.id && r.figure.value === figure.value)) continue;
    reports.push({ figure, source });
  }
  if (reports.length === 0) return null;
  reports.sort((x, y) => {
    const dx = x.source.published ?? '';
    const dy = y.source.published ?? '';
    if (dx !== dy) return dx < dy ? 1 : -1;
    return x.source.id.localeCompare(y.source.id) || x.figure.value - y.figure.value;
  });
  const values = reports.map((r) => r.figure.value);
  const max = Math.max(...values);
  const maxReport = reports.find((r) => r.figure.value === max);
  const dated = reports.filter((r) => r.source.published);
  const byDate = new Map<string, FigureReport[]>();
  for (const r of dated) byDate.set(r.source.published!, [...(byDate.get(r.source.published!) ?? []), r]);
  const conflicts = [...byDate]
    .filter(([, rs]) => new Set(rs.map((r) => r.figure.value)).size > 1 && new Set(rs.map((r) => r.source.id)).size > 1)
    .map(([date, rs]) => ({ date, reports: rs }));
  return {
    metric,
    reports,
    min: Math.min(...values),
    max,
    maxQualifier: maxReport?.figure.qualifier ?? 'exact',
    latest: dated[0] ?? null,
    asOf: dated[0]?.source.published ?? null,
    sourceCount: new Set(reports.map((r) => r.source.id)).size,
    support: gradeSupport(
      reports.map((r) => r.source.id),
      sources,
    ),
    disagreeing: disagreeingWith(dated[0], reports),
    conflicts,
  };
}

/** Formats the range of a reconciled metric: "79", "75–80+", "19+". */
export function formatRange(m: Pick<ReconciledMetric, 'min' | 'max' | 'maxQualifier'>): string {
  const fmt = (n: number) => n.toLocaleString('en-US');
  const plus = OPEN_ENDED.has(m.maxQualifier) ? '+' : '';
  return m.min === m.max ? `${fmt(m.max)}${plus}` : `${fmt(m.min)}–${fmt(m.max)}${plus}`;
}

// Each other source's own newest report, where it gives another value than the latest report.
function disagreeingWith(latest: FigureReport | undefined, reports: readonly FigureReport[]): FigureReport[] {
  if (!latest) return [];
  const own = new Map<string, FigureReport>();
  for (const r of reports) if (!own.has(r.source.id)) own.set(r.source.id, r);
  return [...own.values()].filter((r) => r.source.id !== latest.source.id && r.figure.value !== latest.figure.value);
}

/** A date as a reader says "as of": "early November 2025", "mid-November 2025", "late November 2025". */
export function formatAsOf(iso: string | null): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso ?? '');
  if (!m) return 'an unknown date';
  const month = `${MONTH_NAMES[Number(m[2]) - 1]} ${m[1]}`;
  if (!m[3]) return month;
  const day = Number(m[3]);
  return `${day <= 10 ? 'early' : day <= 20 ? 'mid-' : 'late'}${day <= 10 || day > 20 ? ' ' : ''}${month}`;
}

/** One line for a metric: "75–80+ people killed, as of mid-November 2025, 5 sources". */
export function summarizeMetric(r: ReconciledMetric, label: string): string {
  const when = r.asOf ? `as of ${formatAsOf(r.asOf)}` : 'undated sources only';
  return `${formatRange(r)} ${label.toLowerCase()}, ${when}, ${formatSupportShort(r.support)}`;
}

function formatSupportShort(s: Support): string {
  if (s.sources <= 1) return 'single source';
  return s.independent === s.sources ? `${s.sources} sources` : `${s.sources} sources (${s.independent} independent)`;
}
