import { describe, expect, it } from 'vitest';
import type { Element, ElementContent } from 'hast';
import { buildMetricChart, describeChart, niceCeiling, type ChartInput } from '../../src/lib/chart/metric-chart.ts';
import { hastToMdxJsx } from '../../src/lib/chart/to-mdx.ts';
import { serializePage } from '../../src/lib/generate/serialize.ts';
import { findAll, renderMdx, textOf } from '../support/mdx.ts';

const input: ChartInput = {
  id: 'chart-killed',
  title: 'People killed',
  unit: 'people',
  points: [
    { date: '2025-11-15', value: 79, qualifier: 'at least', label: 'WSJ', href: '/sources/wsj/#s3' },
    { date: '2025-11-12', value: 75, qualifier: 'exact', label: 'Reuters <wire>' },
    { date: '2025-11-15', value: 79, qualifier: 'nearly', label: 'AP {copy}' },
  ],
  undated: 1,
};

const all = (node: ElementContent, tag: string): Element[] =>
  node.type !== 'element'
    ? []
    : [...(node.tagName === tag ? [node] : []), ...node.children.flatMap((c) => all(c, tag))];

describe('buildMetricChart', () => {
  const svg = buildMetricChart(input);

  it('is a figure labelled by its title and description, so its linked marks stay reachable', () => {
    expect(svg.tagName).toBe('svg');
    expect(svg.properties).toMatchObject({ role: 'figure', 'aria-labelledby': 'chart-killed-title chart-killed-desc' });
    expect(all(svg, 'title')[0]?.properties.id).toBe('chart-killed-title');
    expect(all(svg, 'desc')[0]?.properties.id).toBe('chart-killed-desc');
  });

  it('draws one mark per report, each with its own tooltip, and links a mark to its sentence', () => {
    expect(all(svg, 'circle')).toHaveLength(3);
    expect(all(svg, 'a').map((a) => a.properties.href)).toEqual(['/sources/wsj/#s3']);
    // Two reports of one value on one date must not hide each other.
    const xs = all(svg, 'circle').map((c) => c.properties.cx);
    expect(new Set(xs).size).toBe(3);
  });

  it('marks a minimum with a tick up and a "nearly" with a tick down', () => {
    const ticks = all(svg, 'path').map((p) => String(p.properties.d));
    expect(ticks).toHaveLength(2);
    expect(ticks.some((d) => /v-\d/.test(d))).toBe(true);
    expect(ticks.some((d) => /v\d/.test(d))).toBe(true);
  });

  it('uses no script and no inline style, only currentColor', () => {
    expect(all(svg, 'script')).toEqual([]);
    expect(all(svg, 'style')).toEqual([]);
    const colours = all(svg, 'circle').map((c) => c.properties.fill);
    expect(new Set(colours)).toEqual(new Set(['currentColor']));
  });

  it('is deterministic whatever the order of the reports', () => {
    const reversed = buildMetricChart({ ...input, points: [...input.points].reverse() });
    expect(reversed).toEqual(svg);
  });
});

describe('describeChart', () => {
  it('lists every report in date order and says how many are not plotted', () => {
    expect(describeChart(input)).toBe(
      'People killed as reported by each source over time, in people: Reuters <wire> (Nov 12, 2025): 75; AP {copy} (Nov 15, 2025): nearly 79; WSJ (Nov 15, 2025): at least 79. 1 undated report is not plotted.',
    );
  });
});

describe('niceCeiling', () => {
  it.each([
    [79, 100],
    [24, 25],
    [3, 5],
    [0, 1],
  ])('rounds %d up to %d', (n, want) => expect(niceCeiling(n)).toBe(want));
});

describe('hastToMdxJsx', () => {
  it('survives MDX with markup-like text kept as text', async () => {
    const mdx = serializePage({
      path: 'x',
      frontmatter: { title: 't', description: 'd', kind: 'explainer', generated: true },
      body: [hastToMdxJsx(buildMetricChart(input))],
    });
    const tree = await renderMdx(mdx);
    const [desc] = findAll(tree, (n) => n.type === 'desc');
    expect(textOf(desc)).toBe(describeChart(input));
    expect(findAll(tree, (n) => n.type === 'circle')).toHaveLength(3);
    expect(findAll(tree, (n) => n.type === 'p')).toEqual([]);
  });
});
