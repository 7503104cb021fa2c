/** Renders MDX in tests with a minimal JSX runtime, so a test sees exactly the element tree MDX produced. */
import { evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';

/** One rendered element: its tag (or component) and props. */
export interface El {
  type: unknown;
  props: { children?: unknown; id?: string; href?: string };
}

const build = (type: unknown, props: El['props']): El => ({ type, props });
const runtime = { Fragment: Symbol('Fragment'), jsx: build, jsxs: build, jsxDEV: build };

/** Compiles and runs MDX text (frontmatter stripped, as Astro does) and returns its element tree. */
export async function renderMdx(mdx: string): Promise<El> {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const mod = await evaluate(body, { ...runtime, remarkPlugins: [remarkGfm] } as Parameters<typeof evaluate>[1]);
  return (mod.default as (props: object) => El)({});
}

/** The text content of a rendered node, as a browser would show it. */
export function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (node && typeof node === 'object' && 'props' in node) return textOf((node as El).props.children);
  return '';
}

/** Every element in the tree that matches `pred`, in document order. */
export function findAll(node: unknown, pred: (n: El) => boolean): El[] {
  if (Array.isArray(node)) return node.flatMap((n) => findAll(n, pred));
  if (!node || typeof node !== 'object' || !('props' in node)) return [];
  const el = node as El;
  return [...(pred(el) ? [el] : []), ...findAll(el.props.children, pred)];
}
