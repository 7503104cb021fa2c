/** Shared expectations of the hostile-input tests: what "the text as written" means on a source page. */
import { DomUtils, parseDocument } from 'htmlparser2';
import type { SourcePageData } from '../../src/lib/schema/source-page.ts';
import { serializePage, type GeneratedPage } from '../../src/lib/generate/serialize.ts';
import { findAll, renderMdx } from '../support/mdx.ts';

/**
 * Splits an article body into the lines a source page must show: each non-blank line, trimmed, is
 * either an article paragraph (`kept`, in order) or a line removed as web chrome and listed with
 * its text (`removed`). Cleaning may legitimately drop only blank lines and the whitespace at the
 * ends of a line; `removedByCleaning` says which lines it took as chrome, and every other line must
 * be kept.
 */
export function expectedLines(
  body: string,
  removedByCleaning: ReadonlyArray<{ line: number; text: string }>,
): { kept: string[]; removed: string[] } {
  const removedAt = new Map(removedByCleaning.map((r) => [r.line, r.text]));
  const kept: string[] = [];
  const removed: string[] = [];
  body.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const chrome = removedAt.get(i + 1);
    if (chrome === undefined) kept.push(line);
    else {
      if (chrome !== line) throw new Error(`line ${i + 1} was removed with different text: ${chrome}`);
      removed.push(line);
    }
  });
  if (kept.length + removed.length !== body.split('\n').filter((l) => l.trim()).length)
    throw new Error('lines were lost');
  return { kept, removed };
}

/** What one source page shows: the article paragraphs as text, and the HTML around them parsed. */
export interface RenderedSource {
  /** Each paragraph's text, sentences and the gaps between them joined as the page shows them. */
  paragraphs: string[];
  /** The text of everything else on the page (metadata, extracted items, removed lines). */
  otherText: string;
  /** Problems with the markup around the text: unsafe elements, event handlers, script addresses. */
  unsafe: string[];
}

// Elements the generator writes; anything else on a page would be markup taken from an article.
const SAFE_ELEMENTS = new Set([
  'p',
  'span',
  'a',
  'ul',
  'ol',
  'li',
  'h2',
  'h3',
  'h4',
  'em',
  'strong',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'code',
  'br',
  'blockquote',
  'sup',
  'section',
  // The cards (src/lib/generate/cards.ts): quote cards, figure cards, the positions matrix.
  'figure',
  'figcaption',
  'div',
  // The static figure charts (src/lib/chart/metric-chart.ts): SVG drawn by code, text only as text.
  'svg',
  'title',
  'desc',
  'g',
  'line',
  'text',
  'circle',
  'path',
]);

/** Lists what in a tree of {type, attributes} nodes could run or load something: unknown elements, on* attributes, non-web addresses. */
export function unsafeMarkup(nodes: ReadonlyArray<{ type: unknown; attrs: Record<string, unknown> }>): string[] {
  const out: string[] = [];
  for (const { type, attrs } of nodes) {
    if (typeof type === 'string' && !SAFE_ELEMENTS.has(type)) out.push(`<${type}>`);
    for (const [k, v] of Object.entries(attrs)) {
      if (/^on/i.test(k)) out.push(`${k}=`);
      if ((k === 'href' || k === 'src') && typeof v === 'string' && !/^(#|\/|https?:\/\/)/.test(v))
        out.push(`${k}=${v}`);
    }
  }
  return out;
}

/** Reads a source page's data as a reader sees it. */
export function renderSource(data: SourcePageData): RenderedSource {
  const doc = parseDocument(`${data.intro}${data.extracted}`, { decodeEntities: true });
  const elements = DomUtils.findAll(() => true, doc.children);
  return {
    paragraphs: data.paragraphs.map((p) => p.sentences.map((s) => s.gap + s.text).join('')),
    otherText: DomUtils.textContent(doc),
    unsafe: unsafeMarkup(elements.map((el) => ({ type: el.name, attrs: el.attribs }))),
  };
}

/** Compiles every generated MDX page and lists markup in them that did not come from the generator. */
export async function unsafeInMdxPages(pages: readonly GeneratedPage[]): Promise<string[]> {
  const out: string[] = [];
  for (const page of pages) {
    const tree = await renderMdx(serializePage(page));
    const nodes = findAll(tree, () => true).map((n) => {
      const { children: _children, ...attrs } = n.props as Record<string, unknown>;
      return { type: n.type, attrs };
    });
    out.push(...unsafeMarkup(nodes).map((u) => `${page.path}: ${u}`));
  }
  return out;
}
