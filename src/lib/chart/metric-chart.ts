/**
 * A static SVG chart of one metric as reported over time: one mark per report, placed by the
 * source's date and the value it gives. Pure and deterministic (data in, hast out), rendered at
 * build time; no script, no inline style (a strict CSP allows it). Everything is drawn in
 * `currentColor` through presentation attributes, so the chart takes the text colour of the light
 * or dark theme; the classes (`chart-grid`, `chart-label`, `chart-mark`, `chart-tick`) let a
 * stylesheet recolour it with CSS custom properties, since CSS overrides presentation attributes.
 */
import type { Element, ElementContent } from 'hast';

/** One report to plot. */
export interface ChartPoint {
  /** The source's publication date, YYYY-MM-DD. */
  date: string;
  /** The value reported. */
  value: number;
  /** How the source qualified it: "exact", "at least", "nearly", … */
  qualifier: string;
  /** Who reported it ("Reuters"), for the mark's tooltip and the text alternative. */
  label: string;
  /** Link to the sentence that reports it. */
  href?: string;
}

/** What to chart. */
export interface ChartInput {
  /** Unique id prefix for the title/desc ids ("chart-people-killed"). */
  id: string;
  /** The metric's name ("People killed"). */
  title: string;
  /** The unit ("people"). */
  unit: string;
  points: readonly ChartPoint[];
  /** Reports left out because their source is undated. */
  undated?: number;
}

/** Size options; defaults fit a page column. */
export interface ChartSize {
  width?: number;
  height?: number;
}

// Qualifiers that say the true value lies above (a tick up) or below (a tick down) the mark.
const ABOVE = new Set(['at least', 'more than', 'over']);
const BELOW = new Set(['nearly', 'up to', 'less than']);

const r1 = (n: number): string => String(Math.round(n * 10) / 10);
const el = (tagName: string, attrs: Record<string, string | number>, children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  // Attribute names kept as written (hast would camel-case them): the tree is serialised as is.
  properties: Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, typeof v === 'number' ? r1(v) : v])),
  children,
});
const txt = (value: string): ElementContent => ({ type: 'text', value });

const dayNumber = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const shortDate = (iso: string): string => `${MONTHS[+iso.slice(5, 7) - 1]} ${+iso.slice(8, 10)}, ${iso.slice(0, 4)}`;

// One order for marks and text alike, whatever order the reports come in.
const inOrder = (a: ChartPoint, b: ChartPoint): number =>
  a.date.localeCompare(b.date) ||
  a.value - b.value ||
  a.label.localeCompare(b.label) ||
  a.qualifier.localeCompare(b.qualifier);

/** A "nice" axis maximum at or above `max` (1, 2, 2.5 or 5 times a power of ten). */
export function niceCeiling(max: number): number {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}

/** Describes the reports in one sentence, for the chart's <desc> and for readers without the image. */
export function describeChart(input: ChartInput): string {
  const pts = [...input.points].sort(inOrder);
  if (!pts.length) return `No dated source reports ${input.title.toLowerCase()}.`;
  const say = (x: ChartPoint) =>
    `${x.label} (${shortDate(x.date)}): ${x.qualifier === 'exact' ? '' : `${x.qualifier} `}${x.value.toLocaleString('en-US')}`;
  const undated = input.undated
    ? ` ${input.undated} undated report${input.undated === 1 ? ' is' : 's are'} not plotted.`
    : '';
  return `${input.title} as reported by each source over time, in ${input.unit}: ${pts.map(say).join('; ')}.${undated}`;
}

/**
 * Builds the chart as a hast <svg> element with role="figure", a <title> and a <desc>. Not
 * role="img": an image's content is hidden from assistive technology, and its marks are links
 * (axe: nested-interactive).
 */
export function buildMetricChart(input: ChartInput, size: ChartSize = {}): Element {
  const width = size.width ?? 560;
  const height = size.height ?? 220;
  const m = { top: 16, right: 20, bottom: 36, left: 48 };
  const pw = width - m.left - m.right;
  const ph = height - m.top - m.bottom;
  const pts = [...input.points].sort(inOrder);
  const titleId = `${input.id}-title`;
  const descId = `${input.id}-desc`;
  const children: ElementContent[] = [
    el('title', { id: titleId }, [txt(`${input.title} as reported over time`)]),
    el('desc', { id: descId }, [txt(describeChart(input))]),
  ];
  const yMax = niceCeiling(Math.max(0, ...pts.map((x) => x.value)));
  const days = pts.map((x) => dayNumber(x.date));
  const d0 = Math.min(...days);
  const d1 = Math.max(...days);
  const x = (iso: string): number => (d1 === d0 ? m.left + pw / 2 : m.left + ((dayNumber(iso) - d0) / (d1 - d0)) * pw);
  const y = (v: number): number => m.top + ph - (v / yMax) * ph;

  // Grid and axes: four value steps, the first and last dates.
  const axis: ElementContent[] = [];
  for (let i = 0; i <= 4; i++) {
    const v = (yMax * i) / 4;
    axis.push(
      el('line', {
        x1: m.left,
        x2: m.left + pw,
        y1: r1(y(v)),
        y2: r1(y(v)),
        class: 'chart-grid',
        stroke: 'currentColor',
        'stroke-opacity': 0.15,
      }),
      el(
        'text',
        {
          x: m.left - 6,
          y: r1(y(v) + 4),
          'text-anchor': 'end',
          class: 'chart-label',
          fill: 'currentColor',
          'font-size': 11,
        },
        [txt(Number.isInteger(v) ? v.toLocaleString('en-US') : r1(v))],
      ),
    );
  }
  if (pts.length) {
    const first = pts[0]!.date;
    const last = pts[pts.length - 1]!.date;
    axis.push(
      el(
        'text',
        {
          x: r1(x(first)),
          y: height - 12,
          'text-anchor': d1 === d0 ? 'middle' : 'start',
          class: 'chart-label',
          fill: 'currentColor',
          'font-size': 11,
        },
        [txt(shortDate(first))],
      ),
    );
    if (last !== first)
      axis.push(
        el(
          'text',
          {
            x: r1(x(last)),
            y: height - 12,
            'text-anchor': 'end',
            class: 'chart-label',
            fill: 'currentColor',
            'font-size': 11,
          },
          [txt(shortDate(last))],
        ),
      );
  }
  children.push(el('g', { 'aria-hidden': 'true', class: 'chart-axis' }, axis));

  // Marks: one per report; reports of the same value on the same date fan out so none hides another.
  const seen = new Map<string, number>();
  const marks: ElementContent[] = pts.map((pt) => {
    const key = `${pt.date}|${pt.value}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const cx = x(pt.date) + n * 7;
    const cy = y(pt.value);
    const shape: ElementContent[] = [
      el('title', {}, [
        txt(
          `${pt.label}, ${shortDate(pt.date)}: ${pt.qualifier === 'exact' ? '' : `${pt.qualifier} `}${pt.value.toLocaleString('en-US')} ${input.unit}`,
        ),
      ]),
      el('circle', { cx: r1(cx), cy: r1(cy), r: 4.5, class: 'chart-mark', fill: 'currentColor', 'fill-opacity': 0.85 }),
    ];
    if (ABOVE.has(pt.qualifier) || BELOW.has(pt.qualifier)) {
      const dir = ABOVE.has(pt.qualifier) ? -1 : 1;
      shape.push(
        el('path', {
          d: `M${r1(cx)} ${r1(cy + dir * 5)}v${dir * 7}`,
          class: 'chart-tick',
          stroke: 'currentColor',
          'stroke-width': 2,
        }),
      );
    }
    return pt.href ? el('a', { href: pt.href }, shape) : el('g', {}, shape);
  });
  children.push(el('g', { class: 'chart-marks' }, marks));

  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      // Without a width the chart scales to its column; a small chart keeps its own width.
      viewBox: `0 0 ${width} ${height}`,
      ...(size.width ? { width } : {}),
      role: 'figure',
      'aria-labelledby': `${titleId} ${descId}`,
      class: 'metric-chart',
    },
    children,
  );
}
